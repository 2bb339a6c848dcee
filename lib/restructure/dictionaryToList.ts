import { FormatError } from '../core/formatError';
import { setField, type Row } from '../core/record';
import { isPlainObject } from './isPlainObject';

export interface DictionaryToListOptions {
	/** Field for each entry's key. Default `'key'`. */
	keyField?: string;
	/** Field for each entry's value. Default `'value'`. */
	valueField?: string;
}

/**
 * Turns an object into one row per own entry, `{ key, value }`. Rows follow JavaScript's key
 * order: integer-like keys first, ascending, then the others as they were added. Throws a
 * `RangeError` when both fields have the same name, and a {@link FormatError} when the value is
 * not a plain object (a string or an array read from a field has no entries to list).
 *
 * @example
 * dictionaryToList({ DE: 'Germany', FR: 'France' }, { keyField: 'code', valueField: 'name' });
 * // [{ code: 'DE', name: 'Germany' }, { code: 'FR', name: 'France' }]
 */
export function dictionaryToList(dictionary: unknown, options: DictionaryToListOptions = {}): Row[] {
	const keyField = options.keyField ?? 'key';
	const valueField = options.valueField ?? 'value';
	if (keyField === valueField) throw new RangeError(`The key and value fields must differ, both are "${keyField}"`);
	if (!isPlainObject(dictionary)) throw new FormatError('Only an object can be turned into a list of entries');
	return Object.entries(dictionary).map(([key, value]) => {
		const row: Row = {};
		setField(row, keyField, key);
		setField(row, valueField, value);
		return row;
	});
}
