import { FormatError } from '../core/formatError';
import { setField, type Row } from '../core/record';
import { isIndexSegment } from './pathSegments';

export interface UnflattenOptions {
	/** Splits a key into its nested path. Default `'.'`. */
	separator?: string;
	/**
	 * `'keep'` (default): every level becomes an object (`{ 'a.0': x }` → `{ a: { 0: x } }`).
	 * `'index'`: a level whose keys are exactly `0, 1, …, n-1` becomes an array, undoing
	 * `flatten(row, { arrays: 'index' })`.
	 */
	arrays?: 'keep' | 'index';
}

/**
 * Rebuilds nested objects from keys joined by the separator: `{ 'a.b': 1 }` becomes `{ a: { b: 1 } }`.
 * Values are placed as they are: an object value is not merged with other keys, so
 * `{ a: { c: 1 }, 'a.b': 2 }` is a conflict just like `{ a: 1, 'a.b': 2 }`; both throw a
 * {@link FormatError} naming the two fields. Keys are set with `setField`, so a key like
 * `__proto__.polluted` creates an own `__proto__` field and never touches a prototype.
 *
 * `unflatten(flatten(row))` equals `row` for rows whose keys are non-empty and do not contain the
 * separator (with `arrays: 'index'` on both sides: and whose objects are not keyed `0…n-1`).
 *
 * @example
 * unflatten({ id: 1, 'address.city': 'Berlin', 'address.zip': '10115' });
 * // { id: 1, address: { city: 'Berlin', zip: '10115' } }
 * unflatten({ 'tags.0': 'a', 'tags.1': 'b' }, { arrays: 'index' }); // { tags: ['a', 'b'] }
 */
export function unflatten(row: Row, options: UnflattenOptions = {}): Row {
	const separator = options.separator ?? '.';
	if (separator === '') throw new RangeError('The unflatten separator must not be empty');
	const out: Row = {};
	// Objects this call made; anything else found at a path is a value from the input.
	const created = new Set<unknown>([out]);
	// Which input key put a value or first made an object at a path, to name it in a conflict.
	const owners = new Map<string, string>();
	const conflict = (key: string, path: string[]): FormatError =>
		new FormatError(`Field "${key}" conflicts with field "${owners.get(JSON.stringify(path))}"`, { field: key });

	for (const [key, value] of Object.entries(row)) {
		const segments = key.split(separator);
		let node = out;
		for (let depth = 0; depth < segments.length - 1; depth++) {
			const segment = segments[depth];
			const path = segments.slice(0, depth + 1);
			if (Object.hasOwn(node, segment)) {
				const child = node[segment];
				if (!created.has(child)) throw conflict(key, path);
				node = child as Row;
			} else {
				const child: Row = {};
				setField(node, segment, child);
				created.add(child);
				owners.set(JSON.stringify(path), key);
				node = child;
			}
		}
		const last = segments[segments.length - 1];
		if (Object.hasOwn(node, last)) throw conflict(key, segments);
		setField(node, last, value);
		owners.set(JSON.stringify(segments), key);
	}

	if (options.arrays === 'index') rebuildArrays(out, created);
	return out;
}

/** Replaces, depth first, every object this call made whose keys are `0…n-1` by an array. */
function rebuildArrays(node: Row, created: Set<unknown>): unknown {
	for (const [key, child] of Object.entries(node)) {
		if (created.has(child)) setField(node, key, rebuildArrays(child as Row, created));
	}
	const keys = Object.keys(node);
	// Integer-like keys are enumerated first and ascending, so position i must hold key "i".
	// (An object made here always has a key: it was made to hold one.)
	const isList = keys.every((key, i) => isIndexSegment(key) && Number(key) === i);
	return isList ? keys.map((key) => node[key]) : node;
}
