import type { Row } from '../../core/record';
import { matchesFilter } from '../rest/matchesFilter';
import { pickFields } from '../rest/pickFields';
import { pipedrivePages } from './pipedrivePages';
import type { ListOptions, PipedriveConfig } from './types';

/** Kept whatever `properties` says: the cursor and the normalised output need them. */
export const ALWAYS_KEPT = ['id', 'update_time'];

/**
 * Reads the object type's records: all of them, or up to `limit`. Persons, organizations, deals,
 * activities and products come from API v2 (cursor pages), other objects from API v1
 * (`start`/`limit` pages). Pipedrive's lists have no general filter, so `filters` are applied to
 * the records read (numbers compare as numbers, `contains` ignores case); without filters no more
 * records than are still wanted are asked for. `properties` keeps only those fields (plus `id`
 * and `update_time`).
 *
 * @example
 * const people = await listRecords({ objectType: 'persons' }, { request, limit: 50 });
 * const won = await listRecords({ objectType: 'deals' }, { request, filters: [{ field: 'status', operator: 'eq', value: 'won' }] });
 */
export async function listRecords(config: PipedriveConfig, options: ListOptions): Promise<Row[]> {
	const limit = options.limit ?? Infinity;
	if (!(limit >= 0)) throw new RangeError(`limit must be a non-negative number, got ${String(options.limit)}`);
	const filters = options.filters ?? [];
	const records: Row[] = [];
	if (limit === 0) return records;
	const wanted = filters.length === 0 ? () => limit - records.length : undefined;
	for await (const page of pipedrivePages(config, { ...options, wanted })) {
		for (const record of page) {
			if (!filters.every((filter) => matchesFilter(record, filter))) continue;
			records.push(pickFields(record, options.properties, ALWAYS_KEPT));
			if (records.length >= limit) return records;
		}
	}
	return records;
}
