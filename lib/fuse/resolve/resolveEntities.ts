import type { Row } from '../../core/record';
import { blockPairs, ruleName, type BlockingRule } from '../block';
import { clusterRecords } from '../cluster';
import { checkComparison, compileComparison } from '../compare';
import { comparisonVectors, scorePairs, termFrequencyTables, trainModel, type TrainingRule } from '../model';
import type { EntityResolution, EntityResolutionSettings, FuseInput } from './types';
import { vectorsFromCandidates } from './vectorsFromCandidates';
import { weightedScores } from './weightedScores';

/**
 * Entity resolution, declared as data, end to end: candidate pairs from the union of the blocking
 * rules; each pair compared field by field (ordered levels); scored by a Fellegi-Sunter model
 * trained without labels (u from random pairs, m by EM rounds on the training rules, λ from the
 * candidates) or by weighted rules; clustered into entities as connected components of the pairs
 * at or above the threshold (one-to-one between sources on request, giant clusters split).
 *
 * With one input the records are de-duplicated; with two or more, records are linked across
 * inputs only. A blocking rule that would make more pairs than `maxPairs` throws a
 * BlockingLimitError naming the rule, before any pair is built.
 *
 * @example
 * const result = resolveEntities(
 * 	[{ source: 'crm', records: crm }, { source: 'erp', records: erp }],
 * 	{
 * 		blocking: [{ keys: [{ field: 'surname', transform: 'soundex' }] }, { keys: [{ field: 'email', transform: 'lower' }] }],
 * 		comparisons: [nameComparison('first_name'), nameComparison('surname'), emailComparison('email')],
 * 		threshold: 0.9,
 * 	},
 * );
 * result.clusters; // [[0, 7], [1], …]: record indices of each entity
 */
export function resolveEntities(inputs: FuseInput[], settings: EntityResolutionSettings): EntityResolution {
	if (inputs.length === 0) throw new Error('Entity resolution needs at least one input');
	if (!settings.blocking?.length) throw new Error('Entity resolution needs at least one blocking rule');
	if (!settings.comparisons?.length) throw new Error('Entity resolution needs at least one comparison');
	settings.comparisons.forEach(checkComparison);
	const threshold = settings.threshold ?? 0.9;
	if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`The threshold must be between 0 and 1, not ${threshold}`);

	const records: Row[] = [];
	const sourceList: number[] = [];
	const positionList: number[] = [];
	inputs.forEach((input, s) => {
		input.records.forEach((record, position) => {
			records.push(record);
			sourceList.push(s);
			positionList.push(position);
		});
	});
	const n = records.length;
	const sources = Int32Array.from(sourceList);
	const link = inputs.length > 1;
	const maxPairs = settings.maxPairs;

	const { pairs, perRule } = blockPairs(records, sources, settings.blocking, { link, maxPairs });
	const comparisons = settings.comparisons.map((comparison) => compileComparison(comparison, records));
	const vectors = comparisonVectors(comparisons, pairs);

	const scoring = settings.scoring ?? { method: 'fellegiSunter' };
	let weights: Float64Array;
	let probabilities: Float64Array;
	let model;
	let termFrequencies;
	if (scoring.method === 'weighted') {
		probabilities = weightedScores(comparisons, vectors, pairs, scoring.weights);
		weights = probabilities;
	} else {
		model =
			scoring.model ??
			trainModel(comparisons, n, sources, pairs, {
				link,
				candidateVectors: vectors,
				samplePairs: scoring.samplePairs,
				seed: scoring.seed,
				trainingRules: (scoring.trainingRules ?? settings.blocking).map((rule) => {
					const training = trainingRule(rule, records, sources, link, maxPairs);
					// A training rule that is also a blocking rule: its pairs were compared already.
					return { ...training, vectors: vectorsFromCandidates(training.pairs, pairs, vectors, comparisons.length) };
				}),
			});
		termFrequencies = termFrequencyTables(comparisons, n);
		({ weights, probabilities } = scorePairs(model, comparisons, vectors, pairs, termFrequencies));
	}

	const { clusterOf, clusters, giantsSplit } = clusterRecords(n, pairs, probabilities, {
		threshold,
		sources,
		oneToOne: link && settings.oneToOne === true,
		maxClusterSize: settings.maxClusterSize ?? 1000,
	});
	return {
		records,
		sources,
		positions: Int32Array.from(positionList),
		sourceNames: inputs.map((input) => input.source),
		link,
		pairs,
		comparisons,
		vectors,
		termFrequencies,
		weights,
		probabilities,
		model,
		blocking: perRule,
		clusterOf,
		clusters,
		giantsSplit,
		threshold,
	};
}

/** A training rule: the pairs one rule blocks, and the fields it uses (their comparisons sit its EM round out). */
function trainingRule(rule: BlockingRule, records: Row[], sources: Int32Array, link: boolean, maxPairs?: number): TrainingRule {
	const { pairs } = blockPairs(records, sources, [rule], { link, maxPairs });
	const fields = new Set<string>();
	for (const key of rule.keys) {
		fields.add(key.field);
		if (key.otherField) fields.add(key.otherField);
	}
	return { name: rule.name ?? ruleName(rule), pairs, fields: [...fields] };
}
