import { isPrototypeKey, setField, type Row } from '../../core/record';
import { ownString } from '../text/ownString';

/**
 * Returns a function making a row object from a record's fields, for the given keys. Missing
 * trailing fields are `''`. The caller checks that a record has no more fields than keys.
 *
 * Hot path: called once per CSV record. Cloning a template with spread gives every row the
 * same hidden class in one step, 2–3 times faster (measured) than adding keys one by one; keys that
 * plain assignment would route to a prototype are found once here and set with `setField`.
 *
 * @example
 * const make = rowFactory(['id', 'name']);
 * make(['1', 'Anna']); // { id: '1', name: 'Anna' }
 * make(['2']); // { id: '2', name: '' }
 */
export function rowFactory(keys: readonly string[], own = false): (fields: readonly string[]) => Row {
	const template: Row = {};
	for (const key of keys) setField(template, key, '');
	const prototypeKeys = keys.map(isPrototypeKey);
	if (own) {
		return (fields) => {
			const row: Row = { ...template };
			for (let i = 0; i < fields.length; i++) {
				if (prototypeKeys[i]) setField(row, keys[i], ownString(fields[i]));
				else row[keys[i]] = ownString(fields[i]);
			}
			return row;
		};
	}
	if (!prototypeKeys.includes(true)) {
		return (fields) => {
			const row: Row = { ...template };
			for (let i = 0; i < fields.length; i++) row[keys[i]] = fields[i];
			return row;
		};
	}
	return (fields) => {
		const row: Row = { ...template };
		for (let i = 0; i < fields.length; i++) {
			if (prototypeKeys[i]) setField(row, keys[i], fields[i]);
			else row[keys[i]] = fields[i];
		}
		return row;
	};
}
