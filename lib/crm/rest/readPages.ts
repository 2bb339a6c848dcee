import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import { readPath } from '../../restructure/readPath';
import { buildUrl } from '../http/buildUrl';
import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import { requestJson } from '../http/requestJson';
import type { RetryPolicy } from '../http/retryPolicy';
import type { CrmRequest, CrmResponse, RequestFn } from '../types';
import { nextLinkUrl } from './nextLinkUrl';
import { recordsAt } from './recordsAt';
import { restUrl } from './restUrl';
import type { RestConfig } from './types';

/** One page of a list read; `number` counts from 1. */
export interface RestPage {
	number: number;
	records: Row[];
}

export interface ReadPagesOptions {
	request: RequestFn;
	retry?: Partial<RetryPolicy>;
	/** Overrides the configured page size (offset and page styles). */
	pageSize?: number;
	/** Query parameters added to the first request (and to every request of styles that build their own URLs). */
	query?: Record<string, string>;
}

/** The crm name used in error messages. */
export const REST_CRM = 'REST CRM';

/**
 * Reads a REST list page by page in the configured pagination style. Cursor, next-URL and
 * Link-header styles end when no next cursor/link comes; offset and page styles end on an empty
 * page (not on a short one, since servers may cap the page size below what was asked). A next
 * cursor, URL or page seen before, or a page whose records equal the previous page's, throws
 * `CrmApiError` 'REPEATED_PAGE' instead of looping.
 *
 * @example
 * for await (const page of readPages(config, { request })) seen.push(page.number, page.records.length);
 */
export async function* readPages(config: RestConfig, options: ReadPagesOptions): AsyncGenerator<RestPage> {
	const pagination = config.pagination;
	const listUrl = restUrl(config.baseUrl, config.path);
	const query: Record<string, string> = { ...config.query, ...options.query };
	const pageSize = pagination.style === 'offset' || pagination.style === 'page' ? (options.pageSize ?? pagination.pageSize) : undefined;
	const firstPage = pagination.style === 'page' ? (pagination.firstPage ?? 1) : 0;
	/** Where each next-page token (cursor, URL, page number) was first used, to name the page it repeats. */
	const seen = new Map<string, number>();
	let previousRecords: string | undefined;
	let offset = 0;
	let req: CrmRequest | undefined = { method: 'GET', url: listUrl, qs: pageQuery(0) };
	if (pagination.style === 'nextUrl' || pagination.style === 'linkHeader') seen.set(buildUrl(req), 1);

	for (let number = 1; req !== undefined; number++) {
		const call = describeCall(req);
		const { response, body } = await requestJson(options.request, req, { crm: REST_CRM, retry: options.retry });
		const records = recordsAt(body, config.recordsPath, call);
		if (records.length > 0) {
			// A server that ignores the paging parameter answers every request with the first page.
			const fingerprint = JSON.stringify(records);
			if (fingerprint === previousRecords) throw repeatedPage(call, number, `its records are the same as page ${number - 1}'s`);
			previousRecords = fingerprint;
		}
		yield { number, records };
		req = nextRequest(req, response, body, records.length, number, call);
	}

	function pageQuery(index: number): Record<string, string> {
		const qs = { ...query };
		if (pagination.style === 'offset') {
			qs[pagination.offsetParam] = String(offset);
			qs[pagination.limitParam] = String(pageSize);
		} else if (pagination.style === 'page') {
			qs[pagination.pageParam] = String(firstPage + index);
			if (pagination.sizeParam !== undefined && pageSize !== undefined) qs[pagination.sizeParam] = String(pageSize);
		}
		return qs;
	}

	function nextRequest(current: CrmRequest, response: CrmResponse, body: unknown, count: number, number: number, call: string): CrmRequest | undefined {
		switch (pagination.style) {
			case 'none':
				return undefined;
			case 'offset':
			case 'page': {
				if (count === 0) return undefined;
				offset += count;
				return { ...current, qs: pageQuery(number) };
			}
			case 'cursor': {
				const cursor = tokenAt(body, pagination.cursorPath, call);
				if (cursor === undefined) return undefined;
				remember(`cursor ${cursor}`, number, call, `the next cursor "${cursor}"`);
				return { ...current, qs: { ...query, [pagination.cursorParam]: cursor } };
			}
			case 'nextUrl':
			case 'linkHeader': {
				const pageUrl = buildUrl(current);
				const link = pagination.style === 'nextUrl' ? tokenAt(body, pagination.nextUrlPath, call) : nextLinkUrl(response.headers.link, pageUrl);
				if (link === undefined) return undefined;
				const url = new URL(link, pageUrl).toString();
				remember(url, number, call, 'the next URL');
				// The link is followed as given: it already carries the query of the read.
				return { method: 'GET', url };
			}
		}
	}

	function remember(token: string, number: number, call: string, what: string): void {
		const first = seen.get(token);
		// `first` is the page the token led to; the token now found on page `number` would lead there again.
		if (first !== undefined) throw repeatedPage(call, number + 1, `${what} given by page ${number} was already used for page ${first}`);
		seen.set(token, number + 1);
	}
}

/** The next cursor or URL at `path` of the body; undefined (end of list) when absent, null or empty. */
function tokenAt(body: unknown, path: string, call: string): string | undefined {
	const lookup = isPlainObject(body) ? readPath(body, path) : { found: false as const };
	if (!lookup.found || lookup.value === null || lookup.value === undefined || lookup.value === '' || lookup.value === false) return undefined;
	if (typeof lookup.value === 'string' || typeof lookup.value === 'number') return String(lookup.value);
	throw new CrmApiError(`${call}: the value at "${path}" is not a cursor or URL (found ${Array.isArray(lookup.value) ? 'an array' : typeof lookup.value}); check the pagination settings`, { code: 'UNEXPECTED' });
}

function repeatedPage(call: string, number: number, why: string): CrmApiError {
	return new CrmApiError(`${REST_CRM} ${call}: page ${number} would repeat an earlier page (${why}); the API is not advancing, so the read stopped instead of looping`, {
		code: 'REPEATED_PAGE',
		url: call.replace(/^[A-Z]+ /, ''),
	});
}
