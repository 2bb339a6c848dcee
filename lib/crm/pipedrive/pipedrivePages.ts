import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import type { RetryPolicy } from '../http/retryPolicy';
import type { CrmRequest, RequestFn } from '../types';
import { callPipedrive } from './callPipedrive';
import { apiVersionOf, pipedriveUrl } from './pipedriveUrl';
import type { PipedriveConfig } from './types';

const MAX_PAGE = 500;

export interface PipedrivePagesOptions {
	request: RequestFn;
	retry?: Partial<RetryPolicy>;
	/** Records per request, at most 500 (default 500). */
	pageSize?: number;
	/** Extra query parameters (e.g. `updated_since`, `sort_by`). */
	query?: Record<string, string | undefined>;
	/** How many records are still wanted, asked before each request so a limit is not over-fetched. */
	wanted?: () => number;
}

/**
 * Reads an object type's list page by page: API v2 by `cursor` / `additional_data.next_cursor`,
 * API v1 by `start` / `additional_data.pagination.next_start` (see `apiVersionOf`). Stops when there is no next page. A next cursor or start already used, or a page
 * with the same records as the one before, is a 'REPEATED_PAGE' error instead of an endless loop.
 *
 * @example
 * for await (const page of pipedrivePages({ objectType: 'persons' }, { request, query: { sort_by: 'update_time' } })) handle(page);
 */
export async function* pipedrivePages(config: PipedriveConfig, options: PipedrivePagesOptions): AsyncGenerator<Row[]> {
	const v2 = apiVersionOf(config) === 'v2';
	const used = new Set<string>();
	let position: string | undefined = v2 ? undefined : '0';
	let previousIds = '';
	for (;;) {
		const size = Math.max(1, Math.min(options.pageSize ?? MAX_PAGE, MAX_PAGE, options.wanted?.() ?? Infinity));
		const req: CrmRequest = { method: 'GET', url: pipedriveUrl(config), qs: { ...options.query, limit: Math.floor(size), ...(v2 ? { cursor: position } : { start: position }) } };
		const call = describeCall(req);
		const body = await callPipedrive(options, req);
		const records = readRecords(body.data, call);
		const ids = records.map((record) => String(record.id)).join(',');
		if (records.length > 0 && ids === previousIds) throw repeated(call, 'the same records as the page before');
		previousIds = ids;
		if (position !== undefined) used.add(position);
		const next = v2 ? nextCursor(body.additional_data) : nextStart(body.additional_data, Number(position) + records.length);
		yield records;
		if (next === undefined || records.length === 0) return;
		if (used.has(next)) throw repeated(call, `a next ${v2 ? 'cursor' : 'start'} already read (${next.slice(0, 40)})`);
		if (!v2 && position !== undefined && Number(next) <= Number(position)) throw repeated(call, `a next start (${next}) not after this page's (${position})`);
		position = next;
	}
}

function readRecords(data: unknown, call: string): Row[] {
	// v1 answers an empty list with `data: null`.
	if (data === null || data === undefined) return [];
	if (!Array.isArray(data)) throw new CrmApiError(`Pipedrive ${call} returned data that is not a list`, { code: 'UNEXPECTED' });
	for (const [index, record] of data.entries()) {
		if (!isPlainObject(record) || record.id === undefined || record.id === null || record.id === '') {
			throw new CrmApiError(`Pipedrive ${call} returned a record without an id (record ${index + 1})`, { code: 'UNEXPECTED' });
		}
	}
	return data as Row[];
}

function nextCursor(additional: Record<string, unknown>): string | undefined {
	const next = additional.next_cursor;
	return typeof next === 'string' && next !== '' ? next : undefined;
}

/** v1's next start; when more items are announced without one, the start after this page's records. */
function nextStart(additional: Record<string, unknown>, afterPage: number): string | undefined {
	const pagination = isPlainObject(additional.pagination) ? additional.pagination : {};
	if (pagination.more_items_in_collection !== true) return undefined;
	const next = pagination.next_start;
	return String(typeof next === 'number' && Number.isFinite(next) ? next : afterPage);
}

function repeated(call: string, what: string): CrmApiError {
	return new CrmApiError(`Pipedrive ${call} returned ${what}; stopped instead of reading the same page again`, { code: 'REPEATED_PAGE' });
}
