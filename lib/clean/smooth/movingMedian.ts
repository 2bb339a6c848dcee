import { SlidingMedian } from './SlidingMedian';
import { rollingWindowSpan } from './rollingWindowSpan';

/**
 * The median of each value's window, as pandas `rolling(window, min_periods=1, center=centred).median()`:
 * NaN (missing) values are skipped, an even count of numbers gives the mean of the two middle
 * ones, a position whose window holds no number gives NaN, windows are cut short at the ends
 * (see `rollingWindowSpan` for where a centred window lies). O(n log window) with two heaps
 * (`SlidingMedian`), so large windows stay fast too.
 *
 * @example
 * movingMedian([1, 9, 2, 8, 3], 3); // Float64Array [1, 5, 2, 8, 3]
 * movingMedian([1, 9, 2, 8, 3], 3, true); // Float64Array [5, 2, 8, 3, 5.5]
 */
export function movingMedian(values: ArrayLike<number>, window: number, centred = false): Float64Array {
	const { before, after } = rollingWindowSpan(window, centred);
	const length = values.length;
	const result = new Float64Array(length);
	const capacity = Math.min(window, length);
	const numbers = new SlidingMedian(Math.max(capacity, 1));
	let added = 0;
	let removed = 0;
	for (let index = 0; index < length; index++) {
		for (; removed < index - before; removed++) {
			if (values[removed] === values[removed]) numbers.remove(removed % capacity);
		}
		const end = Math.min(length - 1, index + after);
		for (; added <= end; added++) {
			const value = values[added];
			if (value === value) numbers.add(added % capacity, value);
		}
		result[index] = numbers.median();
	}
	return result;
}
