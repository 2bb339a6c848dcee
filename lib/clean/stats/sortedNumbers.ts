import { presentNumbers } from './presentNumbers';

/**
 * The numbers of `values` sorted ascending, NaNs (missing) dropped: the input of
 * {@link quantileLinear}. `Float64Array.prototype.sort` sorts numerically in native code, which
 * is several times faster than sorting a `number[]` with a comparator.
 *
 * @example
 * sortedNumbers([3, NaN, 1, 2]); // Float64Array [1, 2, 3]
 */
export function sortedNumbers(values: ArrayLike<number>): Float64Array {
	return presentNumbers(values).sort();
}
