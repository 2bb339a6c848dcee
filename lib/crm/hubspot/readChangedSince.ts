import type { Row } from '../../core/record';
import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import { compareIds, comparePositions, cursorPosition } from '../rest/cursorOrder';
import type { ChangeCursor, CrmRequest } from '../types';
import { callHubSpot } from './callHubSpot';
import { afterPosition, atTime, type FilterGroups } from './changeWindows';
import { lastModifiedProperty } from './lastModifiedProperty';
import { objectsUrl } from './objectsUrl';
import { pageSizeFor } from './pageSizeFor';
import { readResults } from './readResults';
import { recordPosition } from './recordPosition';
import type { ChangedOptions, ChangedResult, HubSpotConfig } from './types';

/** The cursor before any record: the read starts at the beginning. */
const START: ChangeCursor = { updatedAt: '1970-01-01T00:00:00.000Z', id: '' };
const SEARCH_MAX = 200;

interface Position {
	at: number;
	id: string;
}

interface Positioned extends Position {
	record: Row;
}

/**
 * The incremental read: the records modified after `cursor` (by last-modified time, ties ordered
 * by id) and at or before an upper bound fixed when the read starts (default: now), so records
 * modified during the read come next time. Records come out in (last-modified, id) order and
 * every cursor handed to `onPage` is a safe checkpoint: a read resumed from it loses nothing and
 * re-reads nothing before it.
 *
 * The search endpoint sorts by one property only and refuses to page beyond 10,000 results, so
 * no query here ever pages (`after` is never sent); each query starts after the position reached:
 *
 * 1. Main query: "modified at T with id > I, or modified after T" (and ≤ the bound), sorted by
 *    last-modified ascending. The page is the first `pageSize` matches, so every time in it
 *    earlier than its last time is complete in it: those records are sorted by (time, id) and
 *    handed on, and the position moves to the last of them. The records at the page's last
 *    time may continue beyond the page; they are left for the next query, which reads them again.
 *    On the last page (no `paging`) everything is complete.
 * 2. When a full page holds a single time T (ties: a month-end bulk update can give 10,000+
 *    records one timestamp), that time is read in id-ordered windows instead: "modified at T
 *    with hs_object_id > last id", sorted by hs_object_id, until a window is the last page.
 *    Then the main query goes on from (T, last id).
 *
 * @example
 * const first = await readChangedSince({ objectType: 'contacts' }, { request, onPage: (rows, cursor) => save(cursor) });
 * const next = await readChangedSince({ objectType: 'contacts' }, { request, cursor: first.cursor });
 */
export async function readChangedSince(config: HubSpotConfig, options: ChangedOptions): Promise<ChangedResult> {
	const upperBound = resolveUpperBound(options);
	const upperMs = Date.parse(upperBound);
	const lastModified = lastModifiedProperty(config.objectType);
	const size = pageSizeFor(options.pageSize, SEARCH_MAX);
	const properties = options.properties === undefined ? undefined : [...new Set([...options.properties, lastModified, 'hs_object_id'])];
	const records: Row[] = [];
	let position: Position | undefined = options.cursor === undefined ? undefined : checkedPosition(options.cursor);
	const done = (): ChangedResult => ({ records, cursor: position === undefined ? (options.cursor ?? START) : toCursor(position), upperBound });
	// A cursor past the bound (a "future state") has nothing to read.
	if (position !== undefined && position.at > upperMs) return done();

	const search = async (filterGroups: FilterGroups, sortBy: string) => {
		const req: CrmRequest = {
			method: 'POST',
			url: objectsUrl(config, '/search'),
			body: { filterGroups, sorts: [{ propertyName: sortBy, direction: 'ASCENDING' }], properties, limit: size },
		};
		const call = describeCall(req);
		const page = readResults(await callHubSpot(options, req), call);
		return { ...page, call, rows: page.records.map((record): Positioned => ({ ...recordPosition(record, lastModified), record })) };
	};
	const emit = async (rows: Positioned[]) => {
		if (rows.length === 0) return;
		rows.sort(comparePositions);
		records.push(...rows.map((row) => row.record));
		position = { at: rows[rows.length - 1].at, id: rows[rows.length - 1].id };
		await options.onPage?.(rows.map((row) => row.record), toCursor(position));
	};
	const isNew = (row: Position) => row.at <= upperMs && (position === undefined || comparePositions(row, position) > 0);

	for (;;) {
		const page = await search(afterPosition(lastModified, position, upperMs), lastModified);
		for (let i = 1; i < page.rows.length; i++) {
			if (page.rows[i].at < page.rows[i - 1].at) {
				throw new CrmApiError(`HubSpot ${page.call} returned records not sorted by ${lastModified}; stopped rather than risk skipping records`, { code: 'UNEXPECTED' });
			}
		}
		// The query asks only for records after the position: an older one means a stale (repeated) page.
		if (position !== undefined && page.rows.some((row) => comparePositions(row, position as Position) <= 0)) throw repeatedPage(page.call, position);
		const fresh = page.rows.filter(isNew);
		if (page.after === undefined) {
			await emit(fresh);
			return done();
		}
		if (fresh.length === 0) throw repeatedPage(page.call, position);
		const lastAt = fresh[fresh.length - 1].at;
		const complete = fresh.filter((row) => row.at < lastAt);
		if (complete.length > 0) {
			await emit(complete);
			continue;
		}
		// A full page of one modification time: read that time in id order, window by window.
		let afterId = position !== undefined && position.at === lastAt ? position.id : '';
		let read = 0;
		for (;;) {
			const window = await search([{ filters: atTime(lastModified, lastAt, afterId) }], 'hs_object_id');
			const bound = afterId;
			if (bound !== '' && window.rows.some((row) => compareIds(row.id, bound) <= 0)) throw repeatedPage(window.call, position);
			if (window.rows.some((row, i) => i > 0 && compareIds(row.id, window.rows[i - 1].id) <= 0)) {
				throw new CrmApiError(`HubSpot ${window.call} returned records not sorted by hs_object_id; stopped rather than risk skipping records`, { code: 'UNEXPECTED' });
			}
			const rows = window.rows.filter((row) => row.at === lastAt && isNew(row));
			read += rows.length;
			await emit(rows);
			if (window.after === undefined || window.rows.length === 0) break;
			afterId = window.rows.reduce((max, row) => (compareIds(row.id, max) > 0 ? row.id : max), bound);
		}
		// The main query saw records at lastAt; if the windows found none, going on would repeat it.
		if (read === 0) throw repeatedPage(page.call, position);
	}
}

function resolveUpperBound(options: ChangedOptions): string {
	const given = options.upperBound ?? (options.now ?? (() => new Date()))().toISOString();
	const ms = Date.parse(given);
	if (Number.isNaN(ms)) throw new RangeError(`upperBound "${given}" is not an ISO 8601 date-time`);
	return new Date(ms).toISOString();
}

function checkedPosition(cursor: ChangeCursor): Position {
	const position = cursorPosition(cursor);
	// The id goes into an `hs_object_id GT` filter; HubSpot ids are digits.
	if (position.id !== '' && !/^\d+$/.test(position.id)) throw new RangeError(`The cursor's id "${cursor.id}" is not a HubSpot record id (digits)`);
	return position;
}

function toCursor(position: Position): ChangeCursor {
	return { updatedAt: new Date(position.at).toISOString(), id: position.id };
}

function repeatedPage(call: string, position: Position | undefined): CrmApiError {
	const at = position === undefined ? 'the start' : `${toCursor(position).updatedAt} / id ${position.id}`;
	return new CrmApiError(`HubSpot ${call} returned records already read or none after ${at} though it says there are more; stopped instead of reading the same page again`, { code: 'REPEATED_PAGE' });
}
