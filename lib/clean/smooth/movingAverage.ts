import { rollingWindowSpan } from './rollingWindowSpan';

/**
 * The mean of each value's window, as pandas `rolling(window, min_periods=1, center=centred).mean()`:
 * NaN (missing) values are skipped, a position whose window holds no number gives NaN, windows
 * are cut short at the ends (see `rollingWindowSpan` for where a centred window lies).
 *
 * The window sum slides in O(n) with Kahan compensation, as pandas does; infinities are counted
 * apart so one leaving the window does not leave NaN behind; and a window whose numbers are all
 * equal gives that number exactly, as pandas (the mean of three 0.1s stays 0.1).
 *
 * @example
 * movingAverage([1, 2, 3, 4, 5], 3); // Float64Array [1, 1.5, 2, 3, 4]
 * movingAverage([1, 2, 3, 4, 5], 3, true); // Float64Array [1.5, 2, 3, 4, 4.5]
 */
export function movingAverage(values: ArrayLike<number>, window: number, centred = false): Float64Array {
	const { before, after } = rollingWindowSpan(window, centred);
	const length = values.length;
	const result = new Float64Array(length);
	let sum = 0;
	let compensation = 0;
	let finite = 0;
	let positiveInfinite = 0;
	let negativeInfinite = 0;
	// The numbers in a window are the last `count` numbers added; if the current run of equal
	// numbers is at least that long, they are all equal.
	let runValue = NaN;
	let runLength = 0;
	let added = 0;
	let removed = 0;
	for (let index = 0; index < length; index++) {
		for (; removed < index - before; removed++) {
			const value = values[removed];
			if (value !== value) continue;
			if (value === Infinity) positiveInfinite--;
			else if (value === -Infinity) negativeInfinite--;
			else if (--finite === 0) {
				// Start afresh rather than carry rounding left by values no longer in the window.
				sum = 0;
				compensation = 0;
			} else {
				const adjusted = -value - compensation;
				const next = sum + adjusted;
				compensation = next - sum - adjusted;
				sum = next;
			}
		}
		const end = Math.min(length - 1, index + after);
		for (; added <= end; added++) {
			const value = values[added];
			if (value !== value) continue;
			if (value === Infinity) positiveInfinite++;
			else if (value === -Infinity) negativeInfinite++;
			else {
				const adjusted = value - compensation;
				const next = sum + adjusted;
				compensation = next - sum - adjusted;
				sum = next;
				finite++;
			}
			if (value === runValue) runLength++;
			else {
				runValue = value;
				runLength = 1;
			}
		}
		const count = finite + positiveInfinite + negativeInfinite;
		if (count === 0) result[index] = NaN;
		else if (runLength >= count) result[index] = runValue;
		else if (positiveInfinite > 0 || negativeInfinite > 0) {
			result[index] = negativeInfinite === 0 ? Infinity : positiveInfinite === 0 ? -Infinity : NaN;
		} else result[index] = sum / finite;
	}
	return result;
}
