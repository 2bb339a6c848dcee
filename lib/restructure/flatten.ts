import { FormatError } from '../core/formatError';
import { setField, type Row } from '../core/record';
import { isPlainObject } from './isPlainObject';

export interface FlattenOptions {
	/** Joins the keys of a nested path. Default `'.'`. */
	separator?: string;
	/**
	 * `'keep'` (default): an array is one value, even if it holds objects.
	 * `'index'`: array elements become fields too (`tags.0`, `items.0.sku`).
	 */
	arrays?: 'keep' | 'index';
}

/**
 * Turns nested objects into one level of keys joined by the separator: `{ a: { b: 1 } }` becomes
 * `{ 'a.b': 1 }`. Only plain objects (and, with `arrays: 'index'`, arrays) are taken apart; dates
 * and other values are kept whole. An empty object or array has no field to produce, so it is kept
 * as a value (`{ a: {} }` stays `{ a: {} }`) and {@link unflatten} can bring it back.
 *
 * Throws a {@link FormatError} when two paths produce the same key (`{ 'a.b': 1, a: { b: 2 } }`)
 * or when an object contains itself.
 *
 * @example
 * flatten({ id: 1, address: { city: 'Berlin', geo: { lat: 52.5 } }, tags: ['a'] });
 * // { id: 1, 'address.city': 'Berlin', 'address.geo.lat': 52.5, tags: ['a'] }
 * flatten({ tags: ['a', 'b'] }, { arrays: 'index' }); // { 'tags.0': 'a', 'tags.1': 'b' }
 */
export function flatten(row: Row, options: FlattenOptions = {}): Row {
	const separator = options.separator ?? '.';
	if (separator === '') throw new RangeError('The flatten separator must not be empty');
	const indexArrays = (options.arrays ?? 'keep') === 'index';
	const out: Row = {};
	// The objects on the current path: meeting one again means a cycle, which would never end.
	const ancestors = new Set<object>();

	const isContainer = (value: unknown): value is object =>
		(isPlainObject(value) && Object.keys(value).length > 0) || (indexArrays && Array.isArray(value) && value.length > 0);

	const visit = (container: object, prefix: string | undefined): void => {
		if (ancestors.has(container)) throw new FormatError('An object contains itself and cannot be flattened', { field: prefix });
		ancestors.add(container);
		for (const [key, value] of Object.entries(container)) {
			const name = prefix === undefined ? key : `${prefix}${separator}${key}`;
			if (isContainer(value)) {
				visit(value, name);
			} else if (Object.hasOwn(out, name)) {
				throw new FormatError(`Two fields flatten to the same key "${name}"`, { field: name });
			} else {
				setField(out, name, value);
			}
		}
		ancestors.delete(container);
	};

	visit(row, undefined);
	return out;
}
