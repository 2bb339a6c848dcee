/**
 * Exponential smoothing, as pandas `ewm(alpha=alpha, adjust=False, ignore_na=True).mean()`: the
 * first number starts the series, then `s = α·x + (1 − α)·s_previous`; a NaN (missing) input
 * repeats the previous smoothed value (NaN before the first number) and does not decay it. The
 * update is written as pandas writes it (`((1 − α)·s + α·x) / ((1 − α) + α)`, skipped when x
 * equals s) so results agree to the last digit in practice. Throws a RangeError unless
 * 0 < alpha ≤ 1.
 *
 * @example
 * exponentialSmoothing([1, 3, NaN, 7], 0.5); // Float64Array [1, 2, 2, 4.5]
 */
export function exponentialSmoothing(values: ArrayLike<number>, alpha: number): Float64Array {
	if (!(alpha > 0 && alpha <= 1)) {
		throw new RangeError(`The smoothing factor alpha must be greater than 0 and at most 1, got ${alpha}`);
	}
	const keep = 1 - alpha;
	const result = new Float64Array(values.length);
	let smoothed = NaN;
	for (let index = 0; index < values.length; index++) {
		const value = values[index];
		if (value === value) {
			if (smoothed !== smoothed) smoothed = value;
			else if (smoothed !== value) smoothed = (keep * smoothed + alpha * value) / (keep + alpha);
		}
		result[index] = smoothed;
	}
	return result;
}
