import type { PairList } from '../block/pairList';

/**
 * Links for linking sources in which every record matches at most one record of each other
 * source (FEBRL4 is one such: each record of A has exactly one duplicate in B). Pairs with
 * probability ≥ `threshold` are accepted greedily, most probable first (ties: earlier pair
 * first); a pair is skipped when its left record already has a link into the right record's
 * source, or its right record one into the left record's source. Returns per pair 1 if linked.
 *
 * Greedy (best link first) rather than an optimal assignment: it runs in O(p log p), and for two
 * sources it gives the links that Splink's `one_to_one_clustering` reaches by repeatedly taking
 * links that are the best for both their records (the greedy best link always is one); the two
 * can differ only where probabilities tie. With three or more sources the rule is per record, so
 * a chain of links can still put two records of one source in a cluster. A `NaN` probability is
 * never accepted.
 *
 * @example
 * // record 0 (source 0) matches 1 and 2 (source 1); only the more probable link is kept
 * const pairs = { left: Uint32Array.of(0, 0), right: Uint32Array.of(1, 2), count: 2 };
 * oneToOneLinks(pairs, Float64Array.of(0.9, 0.95), Int32Array.of(0, 1, 1), 0.5); // Uint8Array [0, 1]
 */
export function oneToOneLinks(pairs: PairList, probabilities: Float64Array, sources: Int32Array, threshold: number): Uint8Array {
	const { count, left, right } = pairs;
	if (probabilities.length < count) throw new RangeError(`probabilities has ${probabilities.length} entries for ${count} pairs`);
	let candidateCount = 0;
	for (let k = 0; k < count; k++) if (probabilities[k] >= threshold) candidateCount++;
	const order = new Uint32Array(candidateCount);
	for (let k = 0, c = 0; k < count; k++) if (probabilities[k] >= threshold) order[c++] = k;
	order.sort((a, b) => probabilities[b] - probabilities[a] || a - b);

	const linked = sourceLinks(sources);
	const accept = new Uint8Array(count);
	for (let c = 0; c < candidateCount; c++) {
		const k = order[c];
		const i = left[k];
		const j = right[k];
		if (linked.has(i, sources[j]) || linked.has(j, sources[i])) continue;
		accept[k] = 1;
		linked.add(i, sources[j]);
		linked.add(j, sources[i]);
	}
	return accept;
}

/** Which (record, source) links exist: a byte per pair while that is small, else a set. */
function sourceLinks(sources: Int32Array): { has(record: number, source: number): boolean; add(record: number, source: number): void } {
	let sourceCount = 0;
	for (let r = 0; r < sources.length; r++) {
		if (sources[r] < 0) throw new RangeError(`sources[${r}] is ${sources[r]}: sources are numbered from 0`);
		sourceCount = Math.max(sourceCount, sources[r] + 1);
	}
	if (sources.length * sourceCount <= 1 << 26) {
		const flags = new Uint8Array(sources.length * sourceCount);
		return {
			has: (record, source) => flags[record * sourceCount + source] === 1,
			add: (record, source) => {
				flags[record * sourceCount + source] = 1;
			},
		};
	}
	const set = new Set<number>();
	return {
		has: (record, source) => set.has(record * sourceCount + source),
		add: (record, source) => {
			set.add(record * sourceCount + source);
		},
	};
}
