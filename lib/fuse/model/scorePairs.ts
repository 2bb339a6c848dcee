import type { PairList } from '../block/pairList';
import type { CompiledComparison } from '../compare/comparison';
import { compileWeights } from './compileWeights';
import type { LinkageModel } from './linkageModel';

/** Match weight and probability of every pair, in pair order. */
export interface PairScores {
	/** log2 posterior odds of a match. */
	weights: Float64Array;
	/** 2^w / (1 + 2^w). */
	probabilities: Float64Array;
}

/**
 * Scores pairs with a Fellegi-Sunter model, as Splink's predict: match weight
 * w = log2(λ / (1 − λ)) + Σ log2(m / u) over the comparisons (a null level adds 0, a term-frequency
 * level uses m / tf, see {@link compileWeights}), probability = 2^w / (1 + 2^w). Weight 0 is
 * probability 0.5, 3.3 about 0.9, 6.6 about 0.99.
 *
 * @example
 * const vectors = comparisonVectors(comparisons, pairs);
 * const { weights, probabilities } = scorePairs(model, comparisons, vectors, pairs, termFrequencyTables(comparisons, n));
 * probabilities[0]; // e.g. 0.9997
 */
export function scorePairs(
	model: LinkageModel,
	comparisons: CompiledComparison[],
	vectors: Uint8Array,
	pairs: PairList,
	tf?: Array<Map<string, number> | undefined>,
): PairScores {
	const C = comparisons.length;
	if (vectors.length !== pairs.count * C) throw new RangeError(`vectors has ${vectors.length} entries for ${pairs.count} pairs × ${C} comparisons`);
	const compiled = compileWeights(model, comparisons, tf, recordsReferenced(pairs));
	const weights = new Float64Array(pairs.count);
	const probabilities = new Float64Array(pairs.count);
	for (let k = 0, offset = 0; k < pairs.count; k++, offset += C) {
		const i = pairs.left[k];
		const j = pairs.right[k];
		let weight = compiled.priorWeight;
		for (let c = 0; c < C; c++) weight += compiled.weight(c, vectors[offset + c], i, j);
		weights[k] = weight;
		probabilities[k] = 1 / (1 + 2 ** -weight);
	}
	return { weights, probabilities };
}

/** One more than the largest record index in the pairs: how many records need a term frequency. */
function recordsReferenced(pairs: PairList): number {
	let largest = -1;
	for (let k = 0; k < pairs.count; k++) largest = Math.max(largest, pairs.left[k], pairs.right[k]);
	return largest + 1;
}
