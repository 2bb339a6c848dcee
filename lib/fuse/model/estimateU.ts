import type { CompiledComparison } from '../compare/comparison';
import { possiblePairs } from './possiblePairs';
import { randomPairs } from './randomPairs';

export interface EstimateUOptions {
	/** Link mode: only pairs across different sources are possible. */
	link: boolean;
	/** How many random pairs to compare (default 1e6, Splink's `max_pairs` in its FEBRL demos); capped at all pairs. */
	samplePairs?: number;
	/** Seed of the pseudo-random draw (default 0): the same seed gives the same u. */
	seed?: number;
	/**
	 * Stop sampling a comparison early once every non-null level has this many pairs (default 100,
	 * Splink's `min_count_per_level`); 0 always compares all `samplePairs`. Checked after each tenth
	 * of the sample (Splink's `num_chunks` 10).
	 */
	minCountPerLevel?: number;
}

/**
 * Estimates u, the probability of each comparison level among non-matching pairs, as Splink
 * does: by comparing record pairs drawn uniformly from all possible pairs. Nearly all random pairs
 * are non-matches, so their level shares are u. Blocked pairs would not do: blocking on a field
 * forces agreement on it, so u measured inside blocks is far too high (the trap described in the
 * linkage reference: u(given_name) 0.477 instead of about 0.003).
 *
 * As Splink 4 does, each comparison is sampled in ten chunks and stops after the first chunk that
 * leaves every non-null level with `minCountPerLevel` pairs: then the rarest level's u is known
 * to about ±10 %, and more pairs mostly cost time (a fuzzy comparison costs about a microsecond a
 * pair). Comparisons with a rare level run the whole sample, and so does a problem whose pairs are
 * all listed (fewer than `samplePairs`).
 *
 * `u[c][level]` for a non-null level is its share among the sampled pairs where comparison `c` is
 * not null (Splink normalises over the non-null levels, so u and m are comparable). A level never
 * seen gets the floor `1 / (nonNull + 1)`, less than one observation's worth, so its match weight
 * stays finite. If every sampled pair is null, the non-null levels share u evenly. `u[c][nullLevel]`
 * keeps the share of sampled pairs with a missing value, for reporting; the model treats that
 * level as neutral (m = u).
 *
 * @example
 * const u = estimateU([firstNameComparison], records.length, sources, { link: true, seed: 1 });
 * u[0]; // Float64Array [0.02 (null share), 0.004 (exact), 0.011 (Jaro-Winkler >= 0.92), …, 0.95 (else)]
 */
export function estimateU(comparisons: CompiledComparison[], n: number, sources: Int32Array, options: EstimateUOptions): Float64Array[] {
	if (sources.length !== n) throw new RangeError(`sources has ${sources.length} entries for ${n} records`);
	const samplePairs = Math.max(0, Math.floor(options.samplePairs ?? 1e6));
	// Every pair listed (not sampled) comes in index order, so stopping early would be biased.
	const exhaustive = possiblePairs(sources, options.link) <= samplePairs;
	const minCount = exhaustive ? 0 : (options.minCountPerLevel ?? 100);
	const pairs = randomPairs(sources, samplePairs, { link: options.link, seed: options.seed });
	const chunk = Math.max(1, Math.ceil(pairs.count / 10));
	return comparisons.map((comparison) => {
		const counts = new Float64Array(comparison.levels.length);
		let compared = 0;
		while (compared < pairs.count) {
			const end = Math.min(pairs.count, compared + chunk);
			for (let k = compared; k < end; k++) counts[comparison.level(pairs.left[k], pairs.right[k])]++;
			compared = end;
			if (minCount > 0 && counts.every((count, level) => level === comparison.nullLevel || count >= minCount)) break;
		}
		return levelShares(counts, comparison.nullLevel, compared);
	});
}

function levelShares(counts: Float64Array, nullLevel: number, sampled: number): Float64Array {
	const u = new Float64Array(counts.length);
	const nonNull = sampled - (nullLevel >= 0 ? counts[nullLevel] : 0);
	const nonNullLevels = counts.length - (nullLevel >= 0 ? 1 : 0);
	for (let level = 0; level < counts.length; level++) {
		if (level === nullLevel) u[level] = sampled > 0 ? counts[level] / sampled : 0;
		else if (nonNull === 0) u[level] = 1 / nonNullLevels;
		else u[level] = counts[level] > 0 ? counts[level] / nonNull : 1 / (nonNull + 1);
	}
	return u;
}
