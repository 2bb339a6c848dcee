import { FormatError } from '../core/formatError';
import { setField, type Row } from '../core/record';
import { readPath } from './readPath';

export interface ListToDictionaryOptions {
	/** Use this field's value (a path) as the entry instead of the whole row. A missing one gives `null`. */
	valueField?: string;
	/** What a key seen twice does: `'error'` (default) throws, `'first'` or `'last'` picks that row. */
	duplicates?: 'error' | 'first' | 'last';
}

/**
 * Turns rows into one object keyed by each row's `keyField` (a path), such as a lookup of
 * contacts by e-mail. Keys must be strings or numbers (numbers are written as text). By default
 * a duplicate key is an error, because silently keeping one row loses the other. Keys are set
 * with `setField`, so `__proto__` or `constructor` become ordinary entries.
 *
 * Throws a {@link FormatError} naming the row (1-based) and field for a missing or non-text key,
 * or a duplicate one.
 *
 * @example
 * listToDictionary([{ code: 'DE', name: 'Germany' }, { code: 'FR', name: 'France' }], 'code', { valueField: 'name' });
 * // { DE: 'Germany', FR: 'France' }
 */
export function listToDictionary(rows: readonly Row[], keyField: string, options: ListToDictionaryOptions = {}): Row {
	const duplicates = options.duplicates ?? 'error';
	const out: Row = {};
	rows.forEach((row, index) => {
		const location = { row: index + 1, field: keyField };
		const key = readPath(row, keyField);
		if (!key.found || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
			throw new FormatError(key.found ? 'The key must be a text or a number' : 'The key field is missing', location);
		}
		const name = String(key.value);
		if (Object.hasOwn(out, name)) {
			if (duplicates === 'error') throw new FormatError(`The key "${name}" appears more than once`, location);
			if (duplicates === 'first') return;
		}
		let value: unknown = row;
		if (options.valueField !== undefined) {
			const lookup = readPath(row, options.valueField);
			value = lookup.found ? lookup.value : null;
		}
		setField(out, name, value);
	});
	return out;
}
