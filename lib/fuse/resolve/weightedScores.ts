import type { PairList } from '../block';
import type { CompiledComparison } from '../compare';

/**
 * Scores pairs by weighted rules: per comparison, its best level (the first after the null level)
 * scores 1 and its last level 0, with the levels between evenly spaced; a pair's score is the
 * weighted mean over the comparisons not at their null level (0 when all are).
 *
 * @example
 * weightedScores(comparisons, vectors, pairs, [2, 1]); // Float64Array [1, 0.33, …]
 */
export function weightedScores(comparisons: CompiledComparison[], vectors: Uint8Array, pairs: PairList, weights?: number[]): Float64Array {
	const C = comparisons.length;
	const weightOf = comparisons.map((_, c) => weights?.[c] ?? 1);
	for (const [c, w] of weightOf.entries()) {
		if (!Number.isFinite(w) || w < 0) throw new RangeError(`The weight of comparison "${comparisons[c].name}" must be a number of 0 or more, not ${w}`);
	}
	/** Per comparison and level, the level's score (NaN for the null level). */
	const levelScores = comparisons.map((comparison) => {
		const first = comparison.nullLevel === 0 ? 1 : 0;
		const last = comparison.levels.length - 1;
		return comparison.levels.map((_, level) => {
			if (level === comparison.nullLevel) return NaN;
			return last === first ? 1 : 1 - (level - first) / (last - first);
		});
	});
	const scores = new Float64Array(pairs.count);
	for (let k = 0, offset = 0; k < pairs.count; k++, offset += C) {
		let sum = 0;
		let total = 0;
		for (let c = 0; c < C; c++) {
			const score = levelScores[c][vectors[offset + c]];
			if (Number.isNaN(score)) continue;
			sum += weightOf[c] * score;
			total += weightOf[c];
		}
		scores[k] = total > 0 ? sum / total : 0;
	}
	return scores;
}
