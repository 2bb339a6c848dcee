import type { Row } from '../core/record';
import { isPlainObject } from './isPlainObject';
import { isIndexSegment, pathSegments } from './pathSegments';

/**
 * Returns a copy of `row` without the field at `path` (copying only the objects along the path).
 * A missing field is not an error: the copy is simply equal to the input. An object emptied by
 * the removal stays as `{}`; a removed array element is spliced out, so later indexes shift.
 *
 * @example
 * deletePath({ address: { zip: '10115', city: 'Berlin' } }, 'address.zip');
 * // { address: { city: 'Berlin' } }
 */
export function deletePath(row: Row, path: string): Row {
	return deleteFrom(row, pathSegments(row, path), 0) as Row;
}

function deleteFrom(container: unknown, segments: string[], depth: number): unknown {
	const segment = segments[depth];
	const isLast = depth === segments.length - 1;
	if (Array.isArray(container)) {
		const index = Number(segment);
		if (!isIndexSegment(segment) || index >= container.length) return container;
		const copy = container.slice();
		if (isLast) copy.splice(index, 1);
		else copy[index] = deleteFrom(copy[index], segments, depth + 1);
		return copy;
	}
	if (!isPlainObject(container) || !Object.hasOwn(container, segment)) {
		// The row itself is always copied, so callers can rely on getting a new object.
		return depth === 0 ? { ...(container as Row) } : container;
	}
	const copy: Row = { ...container };
	if (isLast) {
		delete copy[segment];
	} else {
		Object.defineProperty(copy, segment, {
			value: deleteFrom(copy[segment], segments, depth + 1),
			enumerable: true,
			writable: true,
			configurable: true,
		});
	}
	return copy;
}
