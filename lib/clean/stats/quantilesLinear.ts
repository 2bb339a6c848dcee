import { presentNumbers } from './presentNumbers';
import { quantileLinear } from './quantileLinear';
import { selectInPlace } from './selectInPlace';

/**
 * Type 7 (numpy/pandas default) quantiles of unsorted `values`, NaN (missing) skipped, one per
 * probability; NaN each when there is no number. The same results as `quantileLinear` on
 * `sortedNumbers(values)`, but only the order statistics the quantiles read are selected, as
 * numpy does with `partition`: a few O(n) passes instead of an O(n log n) sort, which makes
 * Tukey fences on a million values several times faster. Throws a RangeError unless every
 * probability is between 0 and 1.
 *
 * @example
 * quantilesLinear([100, 9, 8, 7, 6, NaN, 5, 4, 3, 2, 1], [0.25, 0.75]); // [3.25, 7.75]
 */
export function quantilesLinear(values: ArrayLike<number>, probabilities: readonly number[]): number[] {
	const numbers = presentNumbers(values);
	const count = numbers.length;
	if (count === 0) return probabilities.map((p) => quantileLinear(numbers, p));
	// quantileLinear reads positions ⌊h⌋ and ⌊h⌋ + 1 of the sorted numbers; select just those,
	// in ascending order so that each selection only scans what lies right of the previous one.
	const needed = new Set<number>();
	for (const p of probabilities) {
		const below = Math.floor((count - 1) * p);
		// A p outside [0, 1] selects nothing here; quantileLinear refuses it below.
		if (!(below >= 0 && below < count)) continue;
		needed.add(below);
		if (below + 1 < count) needed.add(below + 1);
	}
	let from = 0;
	for (const position of [...needed].sort((a, b) => a - b)) {
		selectInPlace(numbers, position, from);
		from = position + 1;
	}
	return probabilities.map((p) => quantileLinear(numbers, p));
}
