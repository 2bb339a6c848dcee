import type { CompiledComparison } from '../compare/comparison';
import type { LinkageModel } from './linkageModel';

/** The pieces of a pair's match weight, ready to evaluate without allocating. */
export interface CompiledWeights {
	/** log2(λ / (1 − λ)): the weight before any comparison. */
	priorWeight: number;
	/** log2 of comparison `c`'s Bayes factor at `level` for records `i` and `j`; 0 at the null level. */
	weight(c: number, level: number, i: number, j: number): number;
	/** The term frequency that replaces u for this pair at this level, or `undefined` if none does. */
	termFrequency(c: number, level: number, i: number, j: number): number | undefined;
}

/**
 * Prepares a model for scoring pairs of the records `comparisons` were compiled for: the log2
 * Bayes factor log2(m/u) of every level, and for term-frequency levels each record's term
 * frequency: with `recordCount`, looked up once for records 0 … recordCount − 1 rather than once
 * per pair (for scoring many pairs); without, looked up when asked (for explaining a few).
 *
 * Term-frequency adjustment, as Splink's `_tf_adjustment_sql` with its defaults
 * (`tf_adjustment_weight` 1, `tf_minimum_u_value` 0): at an `exact` level with `termFrequency`,
 * the Bayes factor m/u is multiplied by (u / tf)^1 where tf = max(tf_left, tf_right) (whichever
 * exists if one is unknown), so it becomes m / tf: agreeing on a value half the records share is
 * weak evidence, agreeing on a rare one strong. Without a tf for either record the level keeps m/u.
 *
 * @example
 * const weights = compileWeights(model, comparisons, termFrequencyTables(comparisons, n), n);
 * weights.priorWeight + weights.weight(0, vectors[0], pairs.left[0], pairs.right[0]); // …
 */
export function compileWeights(
	model: LinkageModel,
	comparisons: CompiledComparison[],
	tf: Array<Map<string, number> | undefined> | undefined,
	recordCount?: number,
): CompiledWeights {
	if (model.comparisons.length !== comparisons.length) {
		throw new RangeError(`the model has ${model.comparisons.length} comparisons but ${comparisons.length} were given`);
	}
	const levelWeights = model.comparisons.map((parameters, c) => {
		if (parameters.m.length !== comparisons[c].levels.length || parameters.u.length !== comparisons[c].levels.length) {
			throw new RangeError(`comparison "${comparisons[c].name}" has ${comparisons[c].levels.length} levels but the model's "${parameters.name}" has ${parameters.m.length}`);
		}
		return Float64Array.from(parameters.m, (m, level) => (level === parameters.nullLevel ? 0 : Math.log2(m / parameters.u[level])));
	});
	const logM = model.comparisons.map((parameters) => Float64Array.from(parameters.m, (m) => Math.log2(m)));
	const tfLevels = comparisons.map((comparison, c) =>
		tf?.[c] ? Uint8Array.from(comparison.levels, (level) => (level.kind === 'exact' && level.termFrequency === true ? 1 : 0)) : undefined,
	);
	// Scoring many pairs: each record's term frequency once, in a typed array. Explaining one pair
	// (no recordCount): two direct look-ups, so a call costs nothing per record.
	const recordTf = comparisons.map((comparison, c): ((i: number) => number) | undefined => {
		const table = tf?.[c];
		if (!table || !tfLevels[c]?.includes(1)) return undefined;
		const lookUp = (i: number) => {
			const key = comparison.valueKey(i);
			return key === undefined ? NaN : (table.get(key) ?? NaN);
		};
		if (recordCount === undefined) return lookUp;
		const cached = Float64Array.from({ length: recordCount }, (_, i) => lookUp(i));
		return (i) => cached[i];
	});

	const termFrequency = (c: number, level: number, i: number, j: number): number | undefined => {
		const perRecord = recordTf[c];
		if (perRecord === undefined || tfLevels[c]![level] === 0) return undefined;
		const left = perRecord(i);
		const right = perRecord(j);
		// NaN comparisons are false, so a missing side yields the other (Splink's coalesce).
		const tfValue = right > left || Number.isNaN(left) ? right : left;
		return Number.isNaN(tfValue) || tfValue <= 0 ? undefined : tfValue;
	};
	return {
		priorWeight: Math.log2(model.lambda / (1 - model.lambda)),
		weight(c, level, i, j) {
			const tfValue = termFrequency(c, level, i, j);
			return tfValue === undefined ? levelWeights[c][level] : logM[c][level] - Math.log2(tfValue);
		},
		termFrequency,
	};
}
