import { maximum } from '../stats/maximum';
import { mean } from '../stats/mean';
import { minimum } from '../stats/minimum';
import { sampleStandardDeviation } from '../stats/sampleStandardDeviation';

/**
 * A centre and a spread, in the units of the values: a score is `(x − centre) / spread`.
 * `spread` is NaN when it cannot be estimated (too few numbers) and 0 when all numbers are
 * equal, so that callers can tell "no opinion" from "no deviation".
 */
export interface Scale {
	centre: number;
	spread: number;
}

/**
 * The scale of the ordinary z-score: the mean and the sample standard deviation (ddof = 1, as
 * pandas `Series.std()` and Great Expectations), NaN skipped. Spread NaN with fewer than two
 * numbers. When all numbers are equal the spread is exactly 0: the rounded mean of equal values
 * can differ from them in the last digit (the mean of three 0.1s is not 0.1), which would give
 * a tiny spread and meaningless z-scores.
 *
 * @example
 * standardScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]); // { centre: 14.5, spread: 30.152… }
 */
export function standardScale(values: ArrayLike<number>): Scale {
	const centre = mean(values);
	const spread = sampleStandardDeviation(values);
	if (spread !== spread) return { centre, spread };
	return { centre, spread: minimum(values) === maximum(values) ? 0 : spread };
}
