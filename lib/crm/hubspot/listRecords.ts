import type { Row } from '../../core/record';
import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import { compareIds } from '../rest/cursorOrder';
import type { CrmRequest } from '../types';
import { callHubSpot } from './callHubSpot';
import { objectsUrl } from './objectsUrl';
import { pageSizeFor } from './pageSizeFor';
import { readResults } from './readResults';
import { searchFilter } from './searchFilter';
import type { HubSpotConfig, ListOptions } from './types';

const LIST_MAX = 100;
const SEARCH_MAX = 200;

/**
 * Reads the object type's records: all of them, or up to `limit`, asking each request for no
 * more than are still wanted. Without filters it pages `GET /crm/v3/objects/{type}` by
 * `after`; with filters it uses the search endpoint, sorted by `hs_object_id` and paged by an
 * `hs_object_id > last id` filter rather than by offset, so more than the search's 10,000-result
 * cap can be read. A page that repeats the previous one is a 'REPEATED_PAGE' error, not a loop.
 *
 * @example
 * const rows = await listRecords({ objectType: 'contacts' }, { request, properties: ['email'], limit: 250 });
 * const leads = await listRecords({ objectType: 'contacts' }, { request, filters: [{ field: 'lifecyclestage', operator: 'eq', value: 'lead' }] });
 */
export async function listRecords(config: HubSpotConfig, options: ListOptions): Promise<Row[]> {
	const limit = options.limit ?? Infinity;
	if (!(limit >= 0)) throw new RangeError(`limit must be a non-negative number, got ${String(options.limit)}`);
	return options.filters !== undefined && options.filters.length > 0 ? searchAll(config, options, limit) : listAll(config, options, limit);
}

async function listAll(config: HubSpotConfig, options: ListOptions, limit: number): Promise<Row[]> {
	const records: Row[] = [];
	const seenAfter = new Set<string>();
	let after: string | undefined;
	while (records.length < limit) {
		const req: CrmRequest = {
			method: 'GET',
			url: objectsUrl(config),
			qs: { limit: pageSizeFor(options.pageSize, LIST_MAX, limit - records.length), after, properties: joined(options.properties) },
		};
		const page = readResults(await callHubSpot(options, req), describeCall(req));
		records.push(...page.records.slice(0, limit - records.length));
		if (page.after === undefined || page.records.length === 0) break;
		// The same `after` twice means the server sent us back to a page already read.
		if (seenAfter.has(page.after)) throw repeatedPage(req, page.after);
		seenAfter.add(page.after);
		after = page.after;
	}
	return records;
}

async function searchAll(config: HubSpotConfig, options: ListOptions, limit: number): Promise<Row[]> {
	const filters = (options.filters ?? []).map(searchFilter);
	const records: Row[] = [];
	let lastId: string | undefined;
	while (records.length < limit) {
		const size = pageSizeFor(options.pageSize, SEARCH_MAX, limit - records.length);
		const paging = lastId === undefined ? [] : [{ propertyName: 'hs_object_id', operator: 'GT', value: lastId }];
		const req: CrmRequest = {
			method: 'POST',
			url: objectsUrl(config, '/search'),
			body: {
				filterGroups: [{ filters: [...filters, ...paging] }],
				sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
				properties: options.properties,
				limit: size,
			},
		};
		const page = readResults(await callHubSpot(options, req), describeCall(req));
		const previous = lastId;
		if (previous !== undefined && page.records.some((record) => compareIds(String(record.id), previous) <= 0)) throw repeatedPage(req, `hs_object_id > ${previous}`);
		records.push(...page.records.slice(0, limit - records.length));
		if (page.after === undefined || page.records.length === 0) break;
		lastId = String(page.records[page.records.length - 1].id);
	}
	return records;
}

function joined(properties: string[] | undefined): string | undefined {
	const names = (properties ?? []).map((name) => name.trim()).filter((name) => name !== '');
	return names.length === 0 ? undefined : names.join(',');
}

function repeatedPage(req: CrmRequest, position: string): CrmApiError {
	return new CrmApiError(`HubSpot ${describeCall(req)} returned a page already read (at ${position}); stopped instead of reading it again`, { code: 'REPEATED_PAGE' });
}
