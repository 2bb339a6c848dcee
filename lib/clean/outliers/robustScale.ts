import { maximum } from '../stats/maximum';
import { meanAbsoluteDeviationFromMedian } from '../stats/meanAbsoluteDeviationFromMedian';
import { median } from '../stats/median';
import { medianAbsoluteDeviation } from '../stats/medianAbsoluteDeviation';
import { minimum } from '../stats/minimum';
import type { Scale } from './standardScale';

/** MAD / 0.6745 estimates a normal distribution's standard deviation (Iglewicz & Hoaglin). */
const MAD_TO_SD = 0.6745;
/** 1.253314 (√(π/2)) × the mean absolute deviation estimates it too (IBM's MAD = 0 fallback). */
const MEAN_AD_TO_SD = 1.253314;

/**
 * The scale of the modified z-score (Iglewicz & Hoaglin 1993): the median, and MAD / 0.6745, so
 * that `(x − centre) / spread` equals `0.6745·(x − median) / MAD`. When more than half the
 * numbers are equal the MAD is 0; then the spread is 1.253314 × the mean absolute deviation from
 * the median, IBM's fallback (Cognos/SPSS "modified z score": `(x − median) / (1.253314·MeanAD)`).
 * Both replace an estimate of the standard deviation with another, so scores stay comparable.
 * Spread 0 when all numbers are equal; NaN (missing) skipped; NaN spread without numbers.
 *
 * @example
 * robustScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]); // { centre: 5.5, spread: 3.7064… } (2.5 / 0.6745)
 * robustScale([5, 5, 5, 5, 5, 6, 100]); // { centre: 5, spread: 17.188… } (1.253314 × 96/7)
 */
export function robustScale(values: ArrayLike<number>): Scale {
	const centre = median(values);
	if (centre !== centre) return { centre, spread: NaN };
	if (minimum(values) === maximum(values)) return { centre, spread: 0 };
	const mad = medianAbsoluteDeviation(values);
	if (mad > 0) return { centre, spread: mad / MAD_TO_SD };
	return { centre, spread: MEAN_AD_TO_SD * meanAbsoluteDeviationFromMedian(values) };
}
