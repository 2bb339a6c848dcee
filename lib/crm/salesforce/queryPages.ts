import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import type { RetryPolicy } from '../http/retryPolicy';
import type { CrmRequest, RequestFn } from '../types';
import { getJson } from './getJson';

export interface QueryPagesOptions {
	request: RequestFn;
	retry?: Partial<RetryPolicy>;
	/** Records per page asked of Salesforce, clamped to its 200–2000; undefined leaves its default (2000). */
	pageSize?: number;
}

/**
 * Runs a SOQL query (`GET {dataPath}/query?q=…`) and yields its pages of records, following
 * `nextRecordsUrl` as Salesforce gives it (relative, used verbatim, never rebuilt: n8n issue
 * 29192) until `done`. Pages may be shorter than asked; only `done` ends the query. A next link
 * already followed, or a page with the same records as the one before, is a REPEATED_PAGE error
 * instead of an endless loop. Failed calls throw the CrmApiError of `getJson`.
 *
 * @example
 * for await (const records of queryPages('/services/data/v62.0', 'SELECT Id FROM Account', { request: session.request })) {
 *   accounts.push(...records);
 * }
 */
export async function* queryPages(dataPath: string, soql: string, options: QueryPagesOptions): AsyncGenerator<Row[], void, undefined> {
	const headers: Record<string, string> = {};
	if (options.pageSize !== undefined) {
		if (!Number.isFinite(options.pageSize) || options.pageSize <= 0) {
			throw new CrmApiError(`Salesforce page size must be a positive number, got ${String(options.pageSize)}`, { code: 'BAD_REQUEST' });
		}
		headers['Sforce-Query-Options'] = `batchSize=${Math.min(2000, Math.max(200, Math.floor(options.pageSize)))}`;
	}
	let req: CrmRequest = { method: 'GET', url: `${dataPath}/query`, qs: { q: soql }, headers };
	const followed = new Set<string>();
	let previousIds: string | undefined;
	for (;;) {
		const page = await getJson(options.request, req, options.retry, soql);
		const call = describeCall(req);
		if (!isPlainObject(page) || !Array.isArray(page.records) || !page.records.every(isPlainObject)) {
			throw new CrmApiError(`Salesforce ${call} answered without a records list`, { code: 'UNEXPECTED' });
		}
		const records = page.records as Row[];
		const ids = records.map((record) => String(record.Id)).join(',');
		if (records.length > 0 && ids === previousIds) {
			throw new CrmApiError(`Salesforce ${call} returned the same ${records.length} records as the page before; stopped instead of reading them again`, { code: 'REPEATED_PAGE' });
		}
		previousIds = ids;
		yield records;
		if (page.done === true) return;
		const next = page.nextRecordsUrl;
		if (typeof next !== 'string' || next === '') {
			throw new CrmApiError(`Salesforce ${call} answered done: false without a nextRecordsUrl, so the rest of the records cannot be read`, { code: 'UNEXPECTED' });
		}
		if (followed.has(next)) {
			throw new CrmApiError(`Salesforce ${call} gave the next-records link ${next} a second time; stopped instead of reading the same page again`, { code: 'REPEATED_PAGE' });
		}
		followed.add(next);
		// The link is followed exactly as given: it carries the query locator and page offset.
		req = { method: 'GET', url: next, headers };
	}
}
