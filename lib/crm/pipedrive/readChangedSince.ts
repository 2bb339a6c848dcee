import type { Row } from '../../core/record';
import { CrmApiError } from '../http/CrmApiError';
import { comparePositions, cursorPosition } from '../rest/cursorOrder';
import { pickFields } from '../rest/pickFields';
import type { ChangeCursor } from '../types';
import { ALWAYS_KEPT } from './listRecords';
import { pipedrivePages } from './pipedrivePages';
import { pipedriveTime } from './pipedriveTime';
import { apiVersionOf, V2_OBJECTS } from './pipedriveUrl';
import type { ChangedOptions, ChangedResult, PipedriveConfig } from './types';

/** The cursor before any record: the read starts at the beginning. */
const START: ChangeCursor = { updatedAt: '1970-01-01T00:00:00.000Z', id: '' };

interface Positioned {
	at: number;
	id: string;
	record: Row;
}

/**
 * The incremental read: the records updated after `cursor` (by update_time, ties ordered by id)
 * and at or before an upper bound fixed when the read starts (default: the end of the last whole
 * second before now), so records updated during the read come next time. One API v2 list, `updated_since` = the cursor's time
 * (inclusive, so records sharing it are asked for again and those at or before the cursor's id
 * are dropped here), `updated_until` just past the bound, sorted by update_time and paged by
 * cursor.
 *
 * Pipedrive does not promise an order among records with the same update_time, so records are
 * handed on in (update_time, id) order like this: after each page, the records at times earlier
 * than the latest time seen are complete (the list is sorted by time) and go out sorted by id;
 * those at the latest time wait for the next page, which may hold more of them. So every cursor
 * given to `onPage` is a safe checkpoint: resuming from it loses nothing and re-reads nothing
 * before it. Only objects with an API v2 list can be read this way.
 *
 * @example
 * const first = await readChangedSince({ objectType: 'deals' }, { request, onPage: (rows, cursor) => save(cursor) });
 * const next = await readChangedSince({ objectType: 'deals' }, { request, cursor: first.cursor });
 */
export async function readChangedSince(config: PipedriveConfig, options: ChangedOptions): Promise<ChangedResult> {
	const type = config.objectType.trim();
	if (apiVersionOf(config) !== 'v2') {
		throw new CrmApiError(`Pipedrive has incremental reads (updated_since) only in API v2, for ${[...V2_OBJECTS].join(', ')}; not for ${type} through v1`, { code: 'BAD_REQUEST' });
	}
	const upperBound = resolveUpperBound(options);
	const upperMs = Date.parse(upperBound);
	const start = options.cursor === undefined ? undefined : cursorPosition(options.cursor);
	const records: Row[] = [];
	let cursor = options.cursor ?? START;
	const done = (): ChangedResult => ({ records, cursor, upperBound });
	// A cursor past the bound (a "future state") has nothing to read.
	if (start !== undefined && start.at > upperMs) return done();

	const emit = async (rows: Positioned[]) => {
		if (rows.length === 0) return;
		rows.sort(comparePositions);
		const batch = rows.map((row) => pickFields(row.record, options.properties, ALWAYS_KEPT));
		records.push(...batch);
		cursor = { updatedAt: new Date(rows[rows.length - 1].at).toISOString(), id: rows[rows.length - 1].id };
		await options.onPage?.(batch, cursor);
	};
	const query = {
		sort_by: 'update_time',
		sort_direction: 'asc',
		updated_since: start === undefined ? undefined : rfc3339(start.at),
		// Exclusive, and Pipedrive keeps whole seconds: the next second takes in everything up to the bound.
		updated_until: rfc3339(upperMs + 1000),
	};
	const seen = new Set<string>();
	let held: Positioned[] = [];
	let latest = -Infinity;
	for await (const page of pipedrivePages(config, { ...options, query })) {
		let beyond = false;
		for (const record of page) {
			const row = positioned(record);
			// A record listed twice (pages overlapping) goes out once.
			if (seen.has(row.id)) continue;
			seen.add(row.id);
			if (row.at < latest) throw new CrmApiError(`Pipedrive ${type} list was not sorted by update_time (record ${row.id}); stopped rather than risk skipping records`, { code: 'UNEXPECTED' });
			latest = row.at;
			// Sorted by time: past the bound only if the server ignored updated_until; nothing after counts.
			if (row.at > upperMs) {
				beyond = true;
				break;
			}
			if (start !== undefined && comparePositions(row, start) <= 0) continue;
			held.push(row);
		}
		if (beyond) break;
		const complete = held.filter((row) => row.at < latest);
		held = held.filter((row) => row.at === latest);
		await emit(complete);
	}
	await emit(held);
	return done();
}

function positioned(record: Row): Positioned {
	const at = pipedriveTime(record.update_time);
	if (at === undefined) throw new CrmApiError(`Pipedrive record ${String(record.id)} has no readable update_time (${JSON.stringify(record.update_time ?? null)})`, { code: 'UNEXPECTED' });
	return { at, id: String(record.id), record };
}

/** RFC 3339 to the second (rounded down), as Pipedrive's `updated_since` takes it. */
function rfc3339(ms: number): string {
	return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

/**
 * The bound given, or else the end of the last whole second before now: Pipedrive keeps whole
 * seconds, so a record updated later in the current second would get the same update_time as one
 * read now, perhaps with a lower id, and fall behind the cursor. The current second comes next time.
 */
function resolveUpperBound(options: ChangedOptions): string {
	if (options.upperBound === undefined) {
		const now = (options.now ?? (() => new Date()))().getTime();
		return new Date(Math.floor(now / 1000) * 1000 - 1).toISOString();
	}
	const ms = Date.parse(options.upperBound);
	if (Number.isNaN(ms)) throw new RangeError(`upperBound "${options.upperBound}" is not an ISO 8601 date-time`);
	return new Date(ms).toISOString();
}
