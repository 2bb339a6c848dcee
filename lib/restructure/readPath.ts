import { isPlainObject } from './isPlainObject';
import { isIndexSegment, pathSegments } from './pathSegments';

/** What {@link readPath} found: `found: false` tells a missing field from one holding `undefined`. */
export type PathLookup = { found: true; value: unknown } | { found: false };

/**
 * Reads a field by path (`address.zip`; `items.0.price` steps into arrays). Only own properties
 * are followed, so a path like `constructor.name` or `__proto__` never reads a prototype.
 * See {@link pathSegments} for how a path is split.
 *
 * @example
 * readPath({ address: { zip: '10115' } }, 'address.zip'); // { found: true, value: '10115' }
 * readPath({ address: {} }, 'address.zip'); // { found: false }
 */
export function readPath(row: Record<string, unknown>, path: string): PathLookup {
	let current: unknown = row;
	for (const segment of pathSegments(row, path)) {
		if (Array.isArray(current)) {
			if (!isIndexSegment(segment) || Number(segment) >= current.length) return { found: false };
			current = current[Number(segment)];
		} else if (isPlainObject(current) && Object.hasOwn(current, segment)) {
			current = current[segment];
		} else {
			return { found: false };
		}
	}
	return { found: true, value: current };
}
