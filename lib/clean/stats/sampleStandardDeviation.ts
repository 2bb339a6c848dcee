import { mean } from './mean';

/**
 * The sample standard deviation (ddof = 1, Bessel's correction) of the numbers in `values`,
 * skipping NaN (missing), as pandas `Series.std()` and Great Expectations' z-score use it.
 * NaN with fewer than two numbers. Two passes (mean, then squared deviations) as numpy does,
 * which avoids the cancellation of the one-pass sum-of-squares formula.
 *
 * @example
 * sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]); // 2.138… (√(32/7))
 * sampleStandardDeviation([5]); // NaN
 */
export function sampleStandardDeviation(values: ArrayLike<number>): number {
	const centre = mean(values);
	let squares = 0;
	let count = 0;
	for (let index = 0; index < values.length; index++) {
		const value = values[index];
		if (value !== value) continue;
		const deviation = value - centre;
		squares += deviation * deviation;
		count++;
	}
	return count < 2 ? NaN : Math.sqrt(squares / (count - 1));
}
