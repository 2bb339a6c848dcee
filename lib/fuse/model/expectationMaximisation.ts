import { countPatterns } from './countPatterns';
import { startingM } from './startingM';

export interface ExpectationMaximisationOptions {
	/** Starting share of matches among these pairs (default: the share whose starting match weight is positive). */
	lambda0?: number;
	/** Each comparison's null level, or -1 if it has none (default: none). Null levels are neutral: m = u, weight 0. */
	nullLevels?: number[];
	/**
	 * Comparisons on the training blocking rule's own fields. As in Splink, they are left out of
	 * the likelihood (blocking forced their level, so inside these pairs they say nothing about
	 * match status) and their m is returned unchanged.
	 */
	fixedComparisons?: boolean[];
	/** false: keep every m at its start and estimate λ only (Splink's `fix_m_probabilities`). Default true. */
	estimateM?: boolean;
	/** Starting m per comparison and level (default: {@link startingM}, Splink's defaults). */
	mStart?: Float64Array[];
	/** Default 25, as Splink. */
	maxIterations?: number;
	/** Stop when no m and not λ moved more than this in an iteration (default 1e-4, Splink's `em_convergence`). */
	tolerance?: number;
}

export interface ExpectationMaximisationResult {
	/** m per comparison and level; a null level's m is its u. */
	m: Float64Array[];
	/** Share of matches among these pairs. */
	lambda: number;
	iterations: number;
	converged: boolean;
	/**
	 * Whether this run estimated each m: false for fixed comparisons, null levels, and levels no
	 * pair here has (their m stays at the start, as Splink leaves an unobserved level untrained).
	 */
	trained: boolean[][];
}

/**
 * The smallest m a level can get. A level seen only among clear non-matches would otherwise
 * get m = 0 and a weight of −∞ (Splink's "can't take logarithm of zero", issue #1889); at 1e-12
 * its weight is still about −40, which no other evidence overturns in practice.
 */
const M_FLOOR = 1e-12;

/**
 * Fits m (per comparison level, among matches) and λ (the share of matches) to comparison
 * vectors by expectation maximisation, with u fixed, as Splink trains after sampling u:
 * - E step: each pair's match probability from log-odds `ln(λ/(1−λ)) + Σ ln(m/u)` over the
 *   comparisons in the likelihood, null levels adding nothing;
 * - M step: m[c][l] = expected matches at level l / expected matches at any non-null level of c;
 *   λ = expected matches / pairs.
 * Identical vectors are counted once ({@link countPatterns}), so each iteration costs the number
 * of distinct patterns, not of pairs. The E step does not use term-frequency adjustments (Splink's
 * `estimate_without_term_frequencies`), which only reweight exact agreements by value.
 *
 * @example
 * const result = expectationMaximisation(vectors, 3, [4, 4, 2], u, { nullLevels: [0, 0, -1] });
 * result.lambda; // e.g. 0.18: about 18 % of these pairs are matches
 * result.m[0]; // Float64Array [u null, 0.87 exact, 0.09 fuzzy, 0.04 else]
 */
export function expectationMaximisation(
	vectors: Uint8Array,
	comparisonCount: number,
	levelsPerComparison: number[],
	u: Float64Array[],
	options: ExpectationMaximisationOptions = {},
): ExpectationMaximisationResult {
	const C = comparisonCount;
	const nullLevels = options.nullLevels ?? levelsPerComparison.map(() => -1);
	const active = levelsPerComparison.map((_, c) => !(options.fixedComparisons?.[c] ?? false));
	const estimateM = options.estimateM ?? true;
	const maxIterations = options.maxIterations ?? 25;
	const tolerance = options.tolerance ?? 1e-4;
	const m = levelsPerComparison.map((levels, c) => {
		const start = options.mStart?.[c] ? Float64Array.from(options.mStart[c]) : startingM(levels, nullLevels[c], u[c]);
		if (nullLevels[c] >= 0) start[nullLevels[c]] = u[c][nullLevels[c]];
		return start;
	});

	const { patterns, counts, count: P } = countPatterns(vectors, C, levelsPerComparison);
	let total = 0;
	for (let p = 0; p < P; p++) total += counts[p];
	const seen = levelsPerComparison.map((levels) => new Uint8Array(levels));
	for (let p = 0; p < P; p++) for (let c = 0; c < C; c++) seen[c][patterns[p * C + c]] = 1;
	const trained = levelsPerComparison.map((levels, c) =>
		Array.from({ length: levels }, (_, level) => estimateM && active[c] && level !== nullLevels[c] && seen[c][level] === 1),
	);

	const logBayes = levelsPerComparison.map((levels) => new Float64Array(levels));
	const refreshLogBayes = () => {
		for (let c = 0; c < C; c++) {
			for (let level = 0; level < levelsPerComparison[c]; level++) {
				logBayes[c][level] = active[c] && level !== nullLevels[c] ? Math.log(Math.max(m[c][level], M_FLOOR)) - Math.log(u[c][level]) : 0;
			}
		}
	};
	refreshLogBayes();

	const limit = total > 0 ? 1 / (total + 1) : 1e-6;
	const clampLambda = (lambda: number) => Math.min(1 - limit, Math.max(limit, lambda));
	let lambda = clampLambda(options.lambda0 ?? positiveWeightShare(patterns, counts, C, logBayes, total));

	const mass = levelsPerComparison.map((levels) => new Float64Array(levels));
	let iterations = 0;
	let converged = P === 0;
	while (!converged && iterations < maxIterations) {
		iterations++;
		for (const row of mass) row.fill(0);
		const priorLogOdds = Math.log(lambda / (1 - lambda));
		let matches = 0;
		for (let p = 0, offset = 0; p < P; p++, offset += C) {
			let logOdds = priorLogOdds;
			for (let c = 0; c < C; c++) logOdds += logBayes[c][patterns[offset + c]];
			const expected = counts[p] / (1 + Math.exp(-logOdds));
			matches += expected;
			for (let c = 0; c < C; c++) mass[c][patterns[offset + c]] += expected;
		}

		const newLambda = clampLambda(matches / total);
		let change = Math.abs(newLambda - lambda);
		lambda = newLambda;
		for (let c = 0; c < C; c++) {
			let nonNull = 0;
			for (let level = 0; level < levelsPerComparison[c]; level++) if (level !== nullLevels[c]) nonNull += mass[c][level];
			if (nonNull <= 0) continue;
			for (let level = 0; level < levelsPerComparison[c]; level++) {
				if (!trained[c][level]) continue;
				const next = Math.max(mass[c][level] / nonNull, M_FLOOR);
				change = Math.max(change, Math.abs(next - m[c][level]));
				m[c][level] = next;
			}
		}
		refreshLogBayes();
		converged = change < tolerance;
	}
	return { m, lambda, iterations, converged, trained };
}

/** A starting λ from the starting parameters alone: the share of pairs whose match weight is positive. */
function positiveWeightShare(patterns: Uint8Array, counts: Float64Array, C: number, logBayes: Float64Array[], total: number): number {
	let positive = 0;
	for (let p = 0, offset = 0; p < counts.length; p++, offset += C) {
		let logOdds = 0;
		for (let c = 0; c < C; c++) logOdds += logBayes[c][patterns[offset + c]];
		if (logOdds > 0) positive += counts[p];
	}
	return total > 0 ? positive / total : 0.5;
}
