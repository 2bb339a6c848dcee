import type { Row } from '../../core/record';
import { CrmApiError } from '../http/CrmApiError';
import type { ChangeCursor } from '../types';
import { changedQuery } from './changedQuery';
import { dataPath } from './dataPath';
import { queryPages } from './queryPages';
import { selectFields } from './selectFields';
import { soqlIdentifier } from './soqlIdentifier';
import { toIsoInstant } from './toIsoInstant';
import type { ChangedOptions, ChangedResult, SalesforceConfig } from './types';

/** The cursor before any record: the read starts at the beginning. */
const START: ChangeCursor = { updatedAt: '1970-01-01T00:00:00.000Z', id: '' };

/**
 * The incremental read: the records changed after `cursor` (by SystemModstamp, ties ordered by
 * Id) up to an upper bound fixed when the read starts (default: now, whole seconds), so records
 * that change during the read come next time. One query, ordered by (SystemModstamp, Id), paged
 * through `nextRecordsUrl`; ties on SystemModstamp are never lost, however many share it.
 *
 * After each page `onPage` gets the page's new records and the cursor after them: a safe
 * checkpoint, since the read resumed from it (a new call with that cursor) loses nothing. A
 * record the query returns twice (an overlapping page) is passed on once. If Salesforce drops the
 * query locator mid-read (INVALID_QUERY_LOCATOR), the query is run again from the cursor reached.
 *
 * @example
 * const { records, cursor } = await readChangedSince({ objectType: 'Contact' }, {
 *   request: session.request, cursor: saved, onPage: (page, next) => store(page, next),
 * });
 */
export async function readChangedSince(config: SalesforceConfig, options: ChangedOptions): Promise<ChangedResult> {
	const object = soqlIdentifier(config.objectType, 'object');
	const path = dataPath(config);
	const fields = selectFields(object, options.properties);
	const upperBound = resolveUpperBound(options);
	const start = options.cursor === undefined ? undefined : checkedCursor(options.cursor);
	let cursor = start;
	const records: Row[] = [];
	// A cursor past the bound (a "future state") has nothing to read.
	if (cursor !== undefined && cursor.updatedAt > upperBound) return { records, cursor, upperBound };

	const read = new Set<string>();
	for (;;) {
		let progressed = false;
		try {
			for await (const page of queryPages(path, changedQuery(object, fields, cursor, upperBound), options)) {
				const fresh: Row[] = [];
				let repeated = 0;
				for (const record of page) {
					const at = cursorOf(record);
					// Past the bound only if Salesforce ignored the WHERE; such a record comes next time.
					if (at.updatedAt > upperBound) continue;
					const key = `${at.id}@${at.updatedAt}`;
					if (read.has(key)) {
						repeated++;
						continue;
					}
					read.add(key);
					fresh.push(record);
					// The last record in Salesforce's own order: what its `Id >` resumes after.
					cursor = at;
				}
				if (page.length > 0 && repeated === page.length) {
					throw new CrmApiError(`Salesforce ${object} query returned a page of ${page.length} records already read; stopped instead of reading them again`, { code: 'REPEATED_PAGE' });
				}
				if (fresh.length > 0) progressed = true;
				records.push(...fresh);
				await options.onPage?.(fresh, cursor ?? START);
			}
			return { records, cursor: cursor ?? START, upperBound };
		} catch (error) {
			// Query locators expire (2 days, or when the org drops them); the cursor reached is a safe restart.
			if (error instanceof CrmApiError && error.crmCode === 'INVALID_QUERY_LOCATOR' && progressed) continue;
			throw error;
		}
	}
}

function resolveUpperBound(options: ChangedOptions): string {
	const given = options.upperBound ?? (options.now ?? (() => new Date()))().toISOString();
	const instant = toIsoInstant(given);
	if (instant === null) {
		throw new CrmApiError(`Salesforce upper bound ${JSON.stringify(String(given).slice(0, 60))} is not an ISO 8601 date-time with a time zone`, { code: 'BAD_REQUEST' });
	}
	// Whole seconds: the datetime literal form Salesforce documents. Rounding down only moves
	// records of the last fraction of a second to the next read.
	return `${instant.slice(0, 19)}.000Z`;
}

function checkedCursor(cursor: ChangeCursor): ChangeCursor {
	const updatedAt = toIsoInstant(cursor?.updatedAt);
	if (updatedAt === null || typeof cursor.id !== 'string') {
		throw new CrmApiError(`Salesforce cursor ${JSON.stringify(cursor)} is not valid: it needs updatedAt (an ISO 8601 date-time) and id (text)`, { code: 'BAD_REQUEST' });
	}
	return { updatedAt, id: cursor.id };
}

function cursorOf(record: Row): ChangeCursor {
	const updatedAt = toIsoInstant(record.SystemModstamp);
	if (updatedAt === null || typeof record.Id !== 'string' || record.Id === '') {
		throw new CrmApiError(`Salesforce record ${JSON.stringify(record.Id)} came without a readable Id and SystemModstamp (${JSON.stringify(record.SystemModstamp)})`, { code: 'UNEXPECTED' });
	}
	return { updatedAt, id: record.Id };
}
