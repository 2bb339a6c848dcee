import type { PairList } from '../block/pairList';
import type { CompiledComparison } from '../compare/comparison';
import { comparisonVectors } from './comparisonVectors';
import { estimateU } from './estimateU';
import { expectationMaximisation } from './expectationMaximisation';
import type { LinkageModel } from './linkageModel';
import { possiblePairs } from './possiblePairs';
import { startingM } from './startingM';

/** The pairs one training blocking rule produced, and the fields the rule uses. */
export interface TrainingRule {
	name: string;
	pairs: PairList;
	fields: string[];
	/** The pairs' comparison vectors, if the caller has them already (else computed here). */
	vectors?: Uint8Array;
}

export interface TrainModelOptions {
	/** Link mode: pairs only across different sources. */
	link: boolean;
	/** EM rounds, one per rule, as Splink's `estimate_parameters_using_expectation_maximisation(rule)` calls. */
	trainingRules?: TrainingRule[];
	/** Random pairs for u (default 1e6). */
	samplePairs?: number;
	/** Seed of the u sample (default 0). */
	seed?: number;
	/** Stop sampling u for a comparison once each level has this many pairs (default 100, as Splink). */
	minCountPerLevel?: number;
	/** Per EM run (default 25). */
	maxIterations?: number;
	/**
	 * `comparisonVectors(comparisons, candidatePairs)`, if the caller computed them for scoring:
	 * comparing millions of pairs twice would double the slowest step.
	 */
	candidateVectors?: Uint8Array;
}

/**
 * Trains a Fellegi-Sunter model the way Splink's FEBRL demos do:
 * 1. u by random sampling of all pairs ({@link estimateU}); u stays fixed from then on.
 * 2. m by EM rounds, one per training rule, over the pairs that rule blocks. Comparisons on the
 *    rule's fields are left out of that round (blocking forced their agreement). Each round starts
 *    from the m of the rounds before, and a level's final m is the mean over the rounds that
 *    trained it (Splink takes the median of its estimates; with one or two rounds, the same).
 *    A level no round trained keeps Splink's default start. Without training rules (or when
 *    none blocks a pair), one EM over the candidate pairs trains m.
 * 3. λ, the prior over all pairs (Splink's `probability_two_random_records_match`): EM over the
 *    candidate pairs, m fixed at the trained values, estimates the share of matches among them;
 *    the expected matches (share × candidates) over all possible pairs (n_A × n_B summed over
 *    sources in link mode, n(n − 1)/2 in dedupe mode) is λ. Blocking loses few matches, so this
 *    is close to the true prior, and it needs no labels or assumed recall.
 *
 * @example
 * const model = trainModel(comparisons, records.length, sources, candidates, {
 * 	link: true,
 * 	trainingRules: [{ name: 'date_of_birth', pairs: dobPairs, fields: ['date_of_birth'] }],
 * });
 * model.lambda; // 0.000217 for FEBRL4 with Splink's rules and comparisons (true value 1/5000)
 */
export function trainModel(
	comparisons: CompiledComparison[],
	n: number,
	sources: Int32Array,
	candidatePairs: PairList,
	options: TrainModelOptions,
): LinkageModel {
	const log: string[] = [];
	const C = comparisons.length;
	const levels = comparisons.map((comparison) => comparison.levels.length);
	const nullLevels = comparisons.map((comparison) => comparison.nullLevel);
	const samplePairs = options.samplePairs ?? 1e6;
	const total = possiblePairs(sources, options.link);

	const u = estimateU(comparisons, n, sources, { link: options.link, samplePairs, seed: options.seed, minCountPerLevel: options.minCountPerLevel });
	log.push(
		total <= samplePairs
			? `u: from all ${total.toLocaleString('en')} possible pairs (${options.link ? 'link' : 'dedupe'} mode).`
			: `u: from up to ${samplePairs.toLocaleString('en')} random pairs of ${total.toLocaleString('en')} possible (${options.link ? 'link' : 'dedupe'} mode).`,
	);

	let m = comparisons.map((comparison, c) => startingM(levels[c], nullLevels[c], u[c]));
	const rules = options.trainingRules ?? [];
	let roundsRun = 0;
	const sums = levels.map((count) => new Float64Array(count));
	const rounds = levels.map((count) => new Float64Array(count));
	for (const rule of rules) {
		if (rule.pairs.count === 0) {
			log.push(`m: rule "${rule.name}" blocks no pairs; skipped.`);
			continue;
		}
		const fixed = comparisons.map((comparison) => fieldsOf(comparison).some((field) => rule.fields.includes(field)));
		const result = expectationMaximisation(rule.vectors ?? comparisonVectors(comparisons, rule.pairs), C, levels, u, {
			nullLevels,
			fixedComparisons: fixed,
			mStart: m,
			maxIterations: options.maxIterations,
		});
		for (let c = 0; c < C; c++) {
			for (let level = 0; level < levels[c]; level++) {
				if (!result.trained[c][level]) continue;
				sums[c][level] += result.m[c][level];
				rounds[c][level]++;
			}
		}
		m = averaged(m, sums, rounds);
		roundsRun++;
		const notTrained = comparisons.filter((_, c) => fixed[c]).map((comparison) => comparison.name);
		log.push(
			`m: EM blocked on "${rule.name}" over ${rule.pairs.count.toLocaleString('en')} pairs: ` +
				`${result.converged ? 'converged' : 'stopped unconverged'} after ${result.iterations} iterations, ` +
				`match share ${result.lambda.toPrecision(3)}; not trained: ${notTrained.length > 0 ? notTrained.join(', ') : 'none'}.`,
		);
	}
	for (let c = 0; c < C; c++) {
		const untrained = comparisons[c].labels.filter((_, level) => level !== nullLevels[c] && rounds[c][level] === 0);
		if (roundsRun > 0 && untrained.length > 0) log.push(`m: ${comparisons[c].name}: level(s) ${untrained.join('; ')} not trained, kept at the default start.`);
	}

	let lambda: number;
	if (candidatePairs.count === 0) {
		// Finite, so the model stays valid JSON, and 0.5 at most, even with no possible pair.
		lambda = 1 / (total + 2);
		log.push(`λ: no candidate pairs; set to 1 / (possible pairs + 2) = ${lambda.toPrecision(3)}.`);
	} else {
		const vectors = options.candidateVectors ?? comparisonVectors(comparisons, candidatePairs);
		if (vectors.length !== candidatePairs.count * C) throw new RangeError(`candidateVectors has ${vectors.length} entries for ${candidatePairs.count} pairs × ${C} comparisons`);
		const result = expectationMaximisation(vectors, C, levels, u, {
			nullLevels,
			mStart: m,
			estimateM: roundsRun === 0,
			maxIterations: options.maxIterations,
		});
		if (roundsRun === 0) m = result.m;
		const expectedMatches = result.lambda * candidatePairs.count;
		lambda = Math.min(expectedMatches / total, 1 - 1e-12);
		log.push(
			`λ: EM over ${candidatePairs.count.toLocaleString('en')} candidate pairs${roundsRun === 0 ? ' (m trained here too)' : ', m fixed'}: ` +
				`${result.converged ? 'converged' : 'stopped unconverged'} after ${result.iterations} iterations, match share ${result.lambda.toPrecision(3)}, ` +
				`${expectedMatches.toFixed(1)} expected matches / ${total.toLocaleString('en')} possible pairs = ${lambda.toPrecision(3)}.`,
		);
	}

	return {
		comparisons: comparisons.map((comparison, c) => ({
			name: comparison.name,
			labels: [...comparison.labels],
			m: Array.from(m[c], (value, level) => (level === nullLevels[c] ? u[c][level] : value)),
			u: Array.from(u[c]),
			nullLevel: nullLevels[c],
		})),
		lambda,
		trainingLog: log,
	};
}

/** The record fields a comparison reads: its own, and the other field of a name-swap level. */
function fieldsOf(comparison: CompiledComparison): string[] {
	const fields = [comparison.field];
	for (const level of comparison.levels) if (level.kind === 'swapped') fields.push(level.otherField);
	return fields;
}

/** m per level: the mean of the rounds that trained it, else the value it had. */
function averaged(previous: Float64Array[], sums: Float64Array[], rounds: Float64Array[]): Float64Array[] {
	return previous.map((row, c) => Float64Array.from(row, (value, level) => (rounds[c][level] > 0 ? sums[c][level] / rounds[c][level] : value)));
}
