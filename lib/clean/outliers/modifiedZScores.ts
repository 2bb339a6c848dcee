import { robustScale } from './robustScale';
import { standardScores } from './standardScores';

/**
 * The modified z-score `0.6745·(x − median) / MAD` of each value (Iglewicz & Hoaglin; |M| > 3.5
 * is the usual outlier rule). When MAD = 0 the denominator is 1.253314 × the mean absolute
 * deviation from the median instead (IBM's fallback, see `robustScale`). NaN (missing) stays
 * NaN; when all numbers are equal they all score 0.
 *
 * @example
 * modifiedZScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])[9]; // 25.496… (0.6745 × 94.5 / 2.5)
 */
export function modifiedZScores(values: ArrayLike<number>): Float64Array {
	return standardScores(values, robustScale(values));
}
