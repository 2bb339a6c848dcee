import { selectInPlace } from './selectInPlace';

/**
 * The median of `numbers` (no NaN), found by selection in O(n) on average instead of sorting:
 * for an even count the mean of the two middle values, `(a + b) / 2`, exactly as numpy/pandas
 * `median`. NaN when empty. Rearranges `numbers`: pass a scratch copy (see `presentNumbers`).
 *
 * simple-statistics is not used: its `median` interpolates as `a + 0.5·(b − a)`, which can differ
 * from numpy in the last digit, and its ES-module typings cannot be imported from this CommonJS
 * build (TS1479), which rules out its `quickselect` as well.
 *
 * @example
 * selectMedian(new Float64Array([4, 1, 3, 2])); // 2.5
 */
export function selectMedian(numbers: Float64Array): number {
	const count = numbers.length;
	if (count === 0) return NaN;
	const upper = count >> 1;
	selectInPlace(numbers, upper);
	if (count % 2 === 1) return numbers[upper];
	// Everything left of `upper` is ≤ numbers[upper]; the largest of them is the other middle value.
	let lower = numbers[0];
	for (let index = 1; index < upper; index++) {
		if (numbers[index] > lower) lower = numbers[index];
	}
	return (lower + numbers[upper]) / 2;
}
