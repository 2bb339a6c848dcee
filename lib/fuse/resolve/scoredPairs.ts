import { fieldReader, type Row } from '../../core/record';
import { explainPair } from '../model';
import type { EntityResolution } from './types';

export interface ScoredPairOptions {
	/** Only pairs scoring at least this (default 0: every candidate pair). */
	minProbability?: number;
	idField?: string;
}

export interface ScoredPair {
	record: Row;
	/** The two records (indices into `resolution.records`). */
	members: [number, number];
}

/**
 * The candidate pairs as rows for review, best first: both records' source, position and id, the
 * match probability and weight, whether the pair is linked (at or above the threshold, and in
 * one cluster), and per comparison the level and, for a Fellegi-Sunter model, its m, u, Bayes
 * factor and weight (Splink's waterfall), so a person sees why two records matched.
 *
 * @example
 * scoredPairs(resolution, { minProbability: 0.5, idField: 'id' })[0].record;
 * // { left: { source: 'crm', index: 0, id: 'C1' }, right: { source: 'erp', index: 3, id: 'E9' }, matchProbability: 0.998,
 * //   matchWeight: 8.9, linked: true, comparisons: { surname: { level: 'Exact match', weight: 7.1, … }, … } }
 */
export function scoredPairs(resolution: EntityResolution, options: ScoredPairOptions = {}): ScoredPair[] {
	const { comparisons, termFrequencies, pairs, probabilities, weights, vectors, model, records, sources, positions, sourceNames, clusterOf, threshold } = resolution;
	const readId = options.idField ? fieldReader(options.idField) : undefined;
	const describe = (i: number) => {
		const side: Record<string, unknown> = { source: sourceNames[sources[i]], index: positions[i] };
		if (readId) side.id = readId(records[i]) ?? null;
		return side;
	};
	const minimum = options.minProbability ?? 0;
	const order: number[] = [];
	for (let k = 0; k < pairs.count; k++) if (probabilities[k] >= minimum) order.push(k);
	order.sort((a, b) => probabilities[b] - probabilities[a] || a - b);
	const C = comparisons.length;
	return order.map((k) => {
		const i = pairs.left[k];
		const j = pairs.right[k];
		const detail: Record<string, unknown> = {};
		if (model) {
			const explanation = explainPair(model, comparisons, vectors, k, pairs, termFrequencies);
			for (const step of explanation.comparisons) detail[step.name] = { level: step.level, m: step.m, u: step.u, bayesFactor: step.bayesFactor, weight: step.weight };
		} else {
			comparisons.forEach((comparison, c) => {
				detail[comparison.name] = { level: comparison.labels[vectors[k * C + c]] };
			});
		}
		const record: Row = {
			left: describe(i),
			right: describe(j),
			matchProbability: probabilities[k],
			matchWeight: weights[k],
			linked: probabilities[k] >= threshold && clusterOf[i] === clusterOf[j],
			comparisons: detail,
		};
		return { record, members: [i, j] };
	});
}
