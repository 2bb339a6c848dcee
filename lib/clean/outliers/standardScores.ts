import type { Scale } from './standardScale';

/**
 * `(x − centre) / spread` for each value: NaN stays NaN, every score is NaN when the spread is
 * (too few numbers to say), and every number scores 0 when the spread is 0 (all numbers equal,
 * so none deviates) instead of pandas' 0/0 = NaN, which would read as "missing".
 *
 * @example
 * standardScores([1, NaN, 5], { centre: 3, spread: 2 }); // Float64Array [-1, NaN, 1]
 */
export function standardScores(values: ArrayLike<number>, scale: Scale): Float64Array {
	const { centre, spread } = scale;
	const scores = new Float64Array(values.length);
	for (let index = 0; index < values.length; index++) {
		const value = values[index];
		scores[index] = value !== value || spread !== spread ? NaN : spread === 0 ? 0 : (value - centre) / spread;
	}
	return scores;
}
