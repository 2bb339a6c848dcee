import type { Row } from '../core/record';
import { readPath } from './readPath';
import { writePath } from './writePath';

/** Lookup table for {@link mapValues}: a `Map` or a plain object from text to replacement. */
export type LookupTable = ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;

export interface MapValuesOptions {
	/**
	 * What a value not in the table becomes: `'keep'` (default) leaves it, `'empty'` sets `null`,
	 * `{ value }` sets that value (wrapped, so that the strings 'keep' and 'empty' can be defaults too).
	 */
	default?: 'keep' | 'empty' | { value: unknown };
	/** Match table keys regardless of letter case (`'germany'` finds `'Germany'`). Default `false`. */
	ignoreCase?: boolean;
}

/**
 * Replaces the value at `field` (a path) by its entry in a lookup table, such as country names to
 * ISO codes. Strings, numbers and booleans are looked up by their text (`1` finds `'1'`), trimmed;
 * other values (objects, null) never match. The table is a `Map` or a plain object; of an object
 * only its own keys count, so a value like `'constructor'` finds nothing unless the table lists
 * it. A missing field is left missing.
 *
 * @example
 * mapValues({ country: 'Germany' }, 'country', { Germany: 'DE', France: 'FR' }); // { country: 'DE' }
 * mapValues({ country: 'Narnia' }, 'country', { Germany: 'DE' }, { default: 'empty' }); // { country: null }
 */
export function mapValues(row: Row, field: string, table: LookupTable, options: MapValuesOptions = {}): Row {
	const lookup = readPath(row, field);
	if (!lookup.found) return { ...row };
	const key = lookupKey(lookup.value);
	const match = key === undefined ? undefined : findEntry(table, key, options.ignoreCase ?? false);
	if (match) return writePath(row, field, match.value);
	const fallback = options.default ?? 'keep';
	if (fallback === 'keep') return { ...row };
	return writePath(row, field, fallback === 'empty' ? null : fallback.value);
}

function lookupKey(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return undefined;
}

function findEntry(table: LookupTable, key: string, ignoreCase: boolean): { value: unknown } | undefined {
	const has = (name: string): boolean => (table instanceof Map ? table.has(name) : Object.hasOwn(table, name));
	const get = (name: string): unknown => (table instanceof Map ? table.get(name) : (table as Record<string, unknown>)[name]);
	if (has(key)) return { value: get(key) };
	if (!ignoreCase) return undefined;
	const wanted = key.toLowerCase();
	const names = table instanceof Map ? [...table.keys()] : Object.keys(table);
	const found = names.find((name) => name.trim().toLowerCase() === wanted);
	return found === undefined ? undefined : { value: get(found) };
}
