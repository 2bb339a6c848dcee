import { fillFromNeighbour } from './fillFromNeighbour';

/**
 * Fills each missing value with the last value before it that is not missing, as pandas
 * `Series.ffill(limit=limit)`: with `limit`, at most that many consecutive missing values per
 * gap are filled; missing values before the first real value stay. Returns a new array (values
 * not filled are kept as they were) and the number of values filled.
 *
 * @example
 * const isMissing = (value: unknown) => value === null;
 * forwardFill([null, 'a', null, 'b', null, null, null, 4.71, null], isMissing, 2).values;
 * // [null, 'a', 'a', 'b', 'b', 'b', null, 4.71, 4.71]
 */
export function forwardFill(
	values: unknown[],
	isMissing: (value: unknown) => boolean,
	limit?: number,
): { values: unknown[]; filled: number } {
	return fillFromNeighbour(values, isMissing, 'forward', limit);
}
