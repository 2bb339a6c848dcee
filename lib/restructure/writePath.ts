import { FormatError } from '../core/formatError';
import { setField, type Row } from '../core/record';
import { isPlainObject } from './isPlainObject';
import { isIndexSegment, pathSegments } from './pathSegments';

/**
 * Returns a copy of `row` with the field at `path` set to `value`, creating missing objects on
 * the way. Only the objects along the path are copied; everything else is shared with the input,
 * which is never changed. Keys are set with `setField`, so `__proto__` is stored as data.
 * Stepping into an array needs an existing index. Throws a {@link FormatError} when the path
 * runs through a value that is neither an object nor an array.
 *
 * @example
 * writePath({ address: { city: 'Berlin' } }, 'address.zip', '10115');
 * // { address: { city: 'Berlin', zip: '10115' } }
 */
export function writePath(row: Row, path: string, value: unknown): Row {
	const segments = pathSegments(row, path);
	return writeInto(row, segments, 0, value, path) as Row;
}

function writeInto(container: unknown, segments: string[], depth: number, value: unknown, path: string): unknown {
	const segment = segments[depth];
	const isLast = depth === segments.length - 1;
	if (Array.isArray(container)) {
		const index = Number(segment);
		if (!isIndexSegment(segment) || index >= container.length) {
			throw new FormatError(`Cannot set "${path}": "${segments.slice(0, depth + 1).join('.')}" is not an element of the list`, { field: path });
		}
		const copy = container.slice();
		copy[index] = isLast ? value : writeInto(copy[index], segments, depth + 1, value, path);
		return copy;
	}
	if (!isPlainObject(container)) {
		throw new FormatError(`Cannot set "${path}": "${segments.slice(0, depth).join('.')}" is not an object`, { field: path });
	}
	// Spread defines own properties (it never calls the `__proto__` setter), so copying is safe too.
	const copy: Row = { ...container };
	if (isLast) {
		setField(copy, segment, value);
	} else {
		const child = Object.hasOwn(copy, segment) && copy[segment] !== undefined ? copy[segment] : {};
		setField(copy, segment, writeInto(child, segments, depth + 1, value, path));
	}
	return copy;
}
