import { fillFromNeighbour } from './fillFromNeighbour';

/**
 * Fills each missing value with the first value after it that is not missing, as pandas
 * `Series.bfill(limit=limit)`: with `limit`, at most that many consecutive missing values per
 * gap are filled, the ones nearest the source value; missing values after the last real value
 * stay. Returns a new array (values not filled are kept as they were) and the number filled.
 *
 * @example
 * const isMissing = (value: unknown) => value === null;
 * backFill([null, null, null, 'a', null], isMissing, 2).values;
 * // [null, 'a', 'a', 'a', null]
 */
export function backFill(
	values: unknown[],
	isMissing: (value: unknown) => boolean,
	limit?: number,
): { values: unknown[]; filled: number } {
	return fillFromNeighbour(values, isMissing, 'backward', limit);
}
