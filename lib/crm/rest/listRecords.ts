import type { Row } from '../../core/record';
import { matchesFilter } from './matchesFilter';
import { pickFields } from './pickFields';
import { readPages } from './readPages';
import type { ListOptions, RestConfig } from './types';

/**
 * Reads the records of a REST list, following its pagination, applying `filters` to the records
 * read (a generic API has no known filter syntax) and stopping at the page that reaches `limit`.
 *
 * @example
 * const config = { baseUrl: 'https://api.example.com', path: '/contacts', recordsPath: 'data',
 *   pagination: { style: 'cursor', cursorPath: 'meta.next', cursorParam: 'cursor' }, idField: 'id', updatedAtField: 'updated_at' };
 * await listRecords(config, { request: fetchRequest(), limit: 50 }); // up to 50 records
 */
export async function listRecords(config: RestConfig, options: ListOptions): Promise<Row[]> {
	const limit = options.limit;
	if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) throw new RangeError(`limit must be a whole number ≥ 0, got ${String(limit)}`);
	const records: Row[] = [];
	if (limit === 0) return records;
	for await (const page of readPages(config, options)) {
		for (const record of page.records) {
			if (options.filters !== undefined && !options.filters.every((filter) => matchesFilter(record, filter))) continue;
			records.push(pickFields(record, options.properties, [config.idField, config.updatedAtField]));
			if (limit !== undefined && records.length >= limit) return records;
		}
	}
	return records;
}
