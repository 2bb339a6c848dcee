import { presentNumbers } from './presentNumbers';
import { selectMedian } from './selectMedian';

/**
 * The median of the numbers in `values`, skipping NaN (missing); NaN when there are none. An
 * even count gives the mean of the two middle values, as pandas `Series.median()`.
 *
 * @example
 * median([5, NaN, 1, 3, 2]); // 2.5
 */
export function median(values: ArrayLike<number>): number {
	return selectMedian(presentNumbers(values));
}
