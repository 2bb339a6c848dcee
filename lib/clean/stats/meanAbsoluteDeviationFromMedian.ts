import { absoluteDeviations } from './absoluteDeviations';
import { mean } from './mean';
import { median } from './median';

/**
 * The mean absolute deviation around the median, `mean(|x − median(x)|)`, of the numbers in
 * `values`, skipping NaN (missing); NaN when there are none. It stands in for the median
 * absolute deviation in the modified z-score when more than half the values are equal (MAD = 0):
 * IBM's fallback divides by 1.253314·MeanAD, which estimates a normal standard deviation.
 *
 * @example
 * meanAbsoluteDeviationFromMedian([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]); // 11.5
 */
export function meanAbsoluteDeviationFromMedian(values: ArrayLike<number>): number {
	return mean(absoluteDeviations(values, median(values)));
}
