import type { PairList } from '../block/pairList';
import type { CompiledComparison } from '../compare/comparison';
import { compileWeights } from './compileWeights';
import type { LinkageModel } from './linkageModel';

/** One comparison's step in a waterfall. */
export interface ComparisonExplanation {
	name: string;
	/** The pair's level label in this comparison. */
	level: string;
	m: number;
	/** The level's u; at a term-frequency level, the term frequency that replaced it. */
	u: number;
	/** The level's own u when a term frequency replaced it. */
	levelU?: number;
	/** m / u (1 at the null level). */
	bayesFactor: number;
	/** log2 of the Bayes factor: what this comparison adds to the match weight. */
	weight: number;
}

/** Splink's waterfall chart as data: the prior, each comparison's step, and the total. */
export interface PairExplanation {
	/** The prior match weight log2(λ / (1 − λ)), where the waterfall starts. */
	prior: number;
	comparisons: ComparisonExplanation[];
	/** prior + Σ comparison weights: the weight `scorePairs` gives the pair. */
	weight: number;
	probability: number;
}

/**
 * Why a pair got its score: the prior match weight and each comparison's level, m, u, Bayes
 * factor and weight, which add up to the pair's match weight (Splink's waterfall chart).
 *
 * @example
 * explainPair(model, comparisons, vectors, 0, pairs, tf);
 * // { prior: -12.3, comparisons: [{ name: 'surname', level: 'Exact match', m: 0.9, u: 0.0008,
 * //   levelU: 0.0021, bayesFactor: 1125, weight: 10.1 }, …], weight: 14.2, probability: 0.99995 }
 */
export function explainPair(
	model: LinkageModel,
	comparisons: CompiledComparison[],
	vectors: Uint8Array,
	pairIndex: number,
	pairs: PairList,
	tf?: Array<Map<string, number> | undefined>,
): PairExplanation {
	if (!Number.isInteger(pairIndex) || pairIndex < 0 || pairIndex >= pairs.count) throw new RangeError(`pair ${pairIndex} is not among the ${pairs.count} pairs`);
	const i = pairs.left[pairIndex];
	const j = pairs.right[pairIndex];
	const compiled = compileWeights(model, comparisons, tf);
	let weight = compiled.priorWeight;
	const steps = comparisons.map((comparison, c): ComparisonExplanation => {
		const level = vectors[pairIndex * comparisons.length + c];
		const parameters = model.comparisons[c];
		const stepWeight = compiled.weight(c, level, i, j);
		const termFrequency = compiled.termFrequency(c, level, i, j);
		weight += stepWeight;
		const step: ComparisonExplanation = {
			name: parameters.name,
			level: parameters.labels[level] ?? comparison.labels[level],
			m: parameters.m[level],
			u: termFrequency ?? parameters.u[level],
			bayesFactor: 2 ** stepWeight,
			weight: stepWeight,
		};
		if (termFrequency !== undefined) step.levelU = parameters.u[level];
		return step;
	});
	return { prior: compiled.priorWeight, comparisons: steps, weight, probability: 1 / (1 + 2 ** -weight) };
}
