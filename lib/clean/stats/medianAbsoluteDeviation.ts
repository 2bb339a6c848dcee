import { absoluteDeviations } from './absoluteDeviations';
import { median } from './median';
import { selectMedian } from './selectMedian';

/**
 * The median absolute deviation `median(|x − median(x)|)` of the numbers in `values`, skipping
 * NaN (missing); NaN when there are none. Unscaled, as scipy `median_abs_deviation` with its
 * default `scale=1.0` and simple-statistics `medianAbsoluteDeviation` (which is not used because
 * it neither skips NaN nor accepts empty input). Multiply by 1.4826 (divide by 0.6745) to
 * estimate a normal distribution's standard deviation.
 *
 * @example
 * medianAbsoluteDeviation([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]); // 2.5
 */
export function medianAbsoluteDeviation(values: ArrayLike<number>): number {
	return selectMedian(absoluteDeviations(values, median(values)));
}
