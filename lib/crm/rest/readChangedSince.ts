import type { Row } from '../../core/record';
import { readPath } from '../../restructure/readPath';
import { CrmApiError } from '../http/CrmApiError';
import type { ChangeCursor } from '../types';
import { comparePositions, cursorPosition } from './cursorOrder';
import { instantMs } from './instantMs';
import { pickFields } from './pickFields';
import { readPages, REST_CRM } from './readPages';
import type { ChangedOptions, ChangedResult, RestConfig } from './types';

interface Positioned {
	at: number;
	id: string;
	record: Row;
}

const DEFAULT_BATCH = 100;

/**
 * The incremental read: records changed after `cursor` (by (updatedAt, id), ties on updatedAt
 * ordered by id) and at or before the upper bound, in that order. The server filter
 * `updatedSinceParam` = cursor.updatedAt is used when configured; without it the whole list is
 * read. Either way the filtering and ordering happen here, after the whole read, because a
 * generic API's pages come in no known order: a cursor taken mid-read could skip records.
 * A record listed twice (overlapping pages) is kept once. The new cursor is the last record's
 * (updatedAt, id), or the old cursor when nothing changed.
 *
 * @example
 * const first = await readChangedSince(config, { request });
 * const next = await readChangedSince(config, { request, cursor: first.cursor }); // only what changed since
 */
export async function readChangedSince(config: RestConfig, options: ChangedOptions): Promise<ChangedResult> {
	const upperBound = options.upperBound ?? (options.now ?? (() => new Date()))().toISOString();
	const upperMs = Date.parse(upperBound);
	if (Number.isNaN(upperMs)) throw new RangeError(`upperBound "${upperBound}" is not an ISO 8601 date-time`);
	const after = options.cursor === undefined ? undefined : cursorPosition(options.cursor);
	const query: Record<string, string> = {};
	if (config.updatedSinceParam !== undefined && config.updatedSinceParam !== '' && options.cursor !== undefined) {
		query[config.updatedSinceParam] = options.cursor.updatedAt;
	}

	const byId = new Map<string, Positioned>();
	for await (const page of readPages(config, { ...options, query })) {
		for (const record of page.records) {
			const position = positionOf(record, config, page.number);
			if (position.at > upperMs) continue;
			if (after !== undefined && comparePositions(position, after) <= 0) continue;
			const known = byId.get(position.id);
			if (known === undefined || comparePositions(position, known) > 0) byId.set(position.id, { ...position, record });
		}
	}
	const sorted = [...byId.values()].sort(comparePositions);
	const records = sorted.map((entry) => pickFields(entry.record, options.properties, [config.idField, config.updatedAtField]));
	const cursorAfter = (index: number): ChangeCursor => ({ updatedAt: new Date(sorted[index].at).toISOString(), id: sorted[index].id });

	if (options.onPage !== undefined) {
		const batch = options.pageSize ?? DEFAULT_BATCH;
		for (let start = 0; start < records.length; start += batch) {
			const end = Math.min(start + batch, records.length);
			await options.onPage(records.slice(start, end), cursorAfter(end - 1));
		}
	}
	const cursor = sorted.length > 0 ? cursorAfter(sorted.length - 1) : (options.cursor ?? { updatedAt: new Date(0).toISOString(), id: '' });
	return { records, cursor, upperBound: new Date(upperMs).toISOString() };
}

function positionOf(record: Row, config: RestConfig, page: number): { at: number; id: string } {
	const id = readPath(record, config.idField);
	if (!id.found || id.value === null || id.value === undefined || id.value === '' || typeof id.value === 'object') {
		throw new CrmApiError(`${REST_CRM}: a record on page ${page} has no usable id at "${config.idField}" (keys: ${Object.keys(record).slice(0, 20).join(', ')}); check the id field`, { code: 'UNEXPECTED' });
	}
	const updated = readPath(record, config.updatedAtField);
	const at = updated.found ? instantMs(updated.value) : undefined;
	if (at === undefined) {
		const found = updated.found ? JSON.stringify(updated.value) : 'nothing';
		throw new CrmApiError(`${REST_CRM}: record ${String(id.value)} on page ${page} has no readable date at "${config.updatedAtField}" (found ${found}); check the updated-at field`, { code: 'UNEXPECTED' });
	}
	return { at, id: String(id.value) };
}
