import { maximum } from '../stats/maximum';
import { mean } from '../stats/mean';
import { minimum } from '../stats/minimum';
import { mode } from '../stats/mode';
import { selectMedian } from '../stats/selectMedian';
import { toFiniteNumber } from '../stats/toFiniteNumber';

/** The statistics a missing value can be filled with. */
export type FillStatistic = 'mean' | 'median' | 'mode' | 'min' | 'max';

/**
 * The value to fill a column's missing values with, computed over its non-missing values, as
 * pandas `s.fillna(s.mean())` and the like. `'mode'` takes the values as they are (the most
 * frequent value, ties to the smallest; see `mode`); the numeric statistics read numbers and
 * plain number text such as `' 12.5 '` (see `toFiniteNumber`) and skip everything else, so a
 * stray `'unknown'` does not turn the mean into NaN. `undefined` when there is nothing to
 * compute from (no non-missing value, or no number for a numeric statistic).
 *
 * @example
 * const isMissing = (value: unknown) => value === null || value === '';
 * fillValue([1, '2', null, 'x', 6], isMissing, 'mean'); // 3
 * fillValue(['a', 'b', 'b', ''], isMissing, 'mode'); // 'b'
 * fillValue([null, ''], isMissing, 'max'); // undefined
 */
export function fillValue(values: unknown[], isMissing: (value: unknown) => boolean, statistic: FillStatistic): unknown {
	if (statistic === 'mode') return mode(values, isMissing);
	const numbers = new Float64Array(values.length);
	let count = 0;
	for (let index = 0; index < values.length; index++) {
		const value = values[index];
		if (isMissing(value)) continue;
		const number = toFiniteNumber(value);
		if (number === number) numbers[count++] = number;
	}
	if (count === 0) return undefined;
	const present = numbers.subarray(0, count);
	switch (statistic) {
		case 'mean':
			return mean(present);
		case 'median':
			return selectMedian(present);
		case 'min':
			return minimum(present);
		case 'max':
			return maximum(present);
		default:
			throw new RangeError(`Unknown fill statistic ${JSON.stringify(statistic satisfies never)}`);
	}
}
