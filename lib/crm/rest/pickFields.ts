import type { Row } from '../../core/record';
import { readPath } from '../../restructure/readPath';
import { writePath } from '../../restructure/writePath';

/**
 * Keeps only the given fields (dotted paths) of a record, plus the `always` ones (the id and
 * updated-at fields, which the cursor and the normalised output need); undefined `fields`
 * keeps the whole record. Missing fields stay missing.
 *
 * @example
 * pickFields({ id: 1, name: 'A', address: { zip: '1', city: 'B' } }, ['address.zip'], ['id']);
 * // { id: 1, address: { zip: '1' } }
 */
export function pickFields(record: Row, fields: string[] | undefined, always: string[]): Row {
	if (fields === undefined || fields.length === 0) return record;
	let picked: Row = {};
	for (const path of [...always, ...fields]) {
		const lookup = readPath(record, path);
		if (lookup.found && !readPath(picked, path).found) picked = writePath(picked, path, lookup.value);
	}
	return picked;
}
