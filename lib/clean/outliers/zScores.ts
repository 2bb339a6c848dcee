import { standardScale } from './standardScale';
import { standardScores } from './standardScores';

/**
 * The z-score `(x − mean) / sd` of each value, with the sample standard deviation (ddof = 1) as
 * pandas `(s - s.mean()) / s.std()` and Great Expectations (scipy `zscore` uses ddof = 0). NaN
 * (missing) stays NaN; with fewer than two numbers every score is NaN; when all numbers are
 * equal they all score 0. Note that with n numbers no |z| can exceed (n − 1)/√n: a 3σ rule
 * cannot flag anything among 10 values.
 *
 * @example
 * zScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])[9]; // 2.8356…
 */
export function zScores(values: ArrayLike<number>): Float64Array {
	return standardScores(values, standardScale(values));
}
