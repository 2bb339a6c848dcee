import type { ChangeCursor } from '../types';
import { soqlDateTime } from './soqlDateTime';
import { soqlString } from './soqlString';

/**
 * The SOQL of an incremental read: the records after `cursor` in (SystemModstamp, Id) order, up
 * to and including `upperBound`, in that order, so that every record read is a safe checkpoint.
 * SystemModstamp is the cursor field because only the system sets it (LastModifiedDate can be
 * written by data loads). Without a cursor everything up to the bound is read; a cursor with
 * id '' includes its own timestamp.
 *
 * @example
 * changedQuery('Contact', ['Id', 'SystemModstamp'], { updatedAt: '2024-03-01T10:00:00.000Z', id: '003A' }, '2024-03-02T00:00:00Z');
 * // "SELECT Id, SystemModstamp FROM Contact WHERE (SystemModstamp > 2024-03-01T10:00:00Z OR (SystemModstamp = 2024-03-01T10:00:00Z AND Id > '003A'))
 * //  AND SystemModstamp <= 2024-03-02T00:00:00Z ORDER BY SystemModstamp ASC, Id ASC" (one line)
 */
export function changedQuery(object: string, fields: readonly string[], cursor: ChangeCursor | undefined, upperBound: string): string {
	const upper = soqlDateTime(upperBound, 'upper bound');
	const conditions: string[] = [];
	if (cursor !== undefined) {
		const at = soqlDateTime(cursor.updatedAt, 'cursor time');
		if (cursor.id === '') conditions.push(`SystemModstamp >= ${at}`);
		else conditions.push(`(SystemModstamp > ${at} OR (SystemModstamp = ${at} AND Id > ${soqlString(cursor.id)}))`);
	}
	conditions.push(`SystemModstamp <= ${upper}`);
	return `SELECT ${fields.join(', ')} FROM ${object} WHERE ${conditions.join(' AND ')} ORDER BY SystemModstamp ASC, Id ASC`;
}
