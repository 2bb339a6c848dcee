/**
 * The arithmetic mean of the numbers in `values`, skipping NaN (missing); NaN when there are
 * none, as pandas `Series.mean()`. The sum is compensated (Kahan-Babuska/Neumaier, the same
 * algorithm as simple-statistics `sum`), so a million values lose no more than a rounding or
 * two; numpy's pairwise sum is slightly less exact, so results can differ in the last digit.
 * simple-statistics `mean` itself is not used: it throws on empty input and does not skip NaN.
 *
 * @example
 * mean([1, NaN, 2, 6]); // 3
 * mean([]); // NaN
 */
export function mean(values: ArrayLike<number>): number {
	let sum = 0;
	let correction = 0;
	let count = 0;
	for (let index = 0; index < values.length; index++) {
		const value = values[index];
		if (value !== value) continue;
		const next = sum + value;
		correction += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
		sum = next;
		count++;
	}
	if (count === 0) return NaN;
	// With an infinite sum the correction is NaN (Infinity - Infinity); the sum alone is right.
	return (Number.isFinite(sum) ? sum + correction : sum) / count;
}
