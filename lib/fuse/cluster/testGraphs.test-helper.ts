import fc from 'fast-check';
import type { PairList } from '../block/pairList';

/** A random graph for property tests: `n` records and distinct pairs `left < right` with a probability each. */
export type ScoredGraph = { n: number; pairs: PairList; probabilities: Float64Array; sources: Int32Array };

/** Random scored graphs with up to `maxRecords` records and up to 3 sources; probabilities often tie. */
export function scoredGraphs(maxRecords = 30): fc.Arbitrary<ScoredGraph> {
	return fc.integer({ min: 1, max: maxRecords }).chain((n) =>
		fc
			.record({
				edges: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n, selector: ([a, b]) => `${Math.min(a, b)},${Math.max(a, b)}` }),
				scores: fc.array(fc.constantFrom(0.1, 0.5, 0.6, 0.9, 0.95, 0.99, 0.999, 1), { minLength: 3 * n, maxLength: 3 * n }),
				sources: fc.array(fc.nat(2), { minLength: n, maxLength: n }),
			})
			.map(({ edges, scores, sources }) => {
				const kept = edges.filter(([a, b]) => a !== b).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
				return {
					n,
					pairs: { left: Uint32Array.from(kept.map((e) => e[0])), right: Uint32Array.from(kept.map((e) => e[1])), count: kept.length },
					probabilities: Float64Array.from(kept.map((_, k) => scores[k])),
					sources: Int32Array.from(sources),
				};
			}),
	);
}

/** Per record the set of records reachable through accepted pairs, by plain search (the slow, obvious way). */
export function reachable(n: number, pairs: PairList, accept: (k: number) => boolean): number[][] {
	const neighbours: number[][] = Array.from({ length: n }, () => []);
	for (let k = 0; k < pairs.count; k++) {
		if (!accept(k)) continue;
		neighbours[pairs.left[k]].push(pairs.right[k]);
		neighbours[pairs.right[k]].push(pairs.left[k]);
	}
	return neighbours.map((_, start) => {
		const seen = new Set([start]);
		const queue = [start];
		for (let q = queue.shift(); q !== undefined; q = queue.shift()) {
			for (const next of neighbours[q]) {
				if (!seen.has(next)) {
					seen.add(next);
					queue.push(next);
				}
			}
		}
		return [...seen].sort((a, b) => a - b);
	});
}

/** A pair list from `[left, right]` tuples, for writing small graphs by hand. */
export function pairList(...pairs: Array<[number, number]>): PairList {
	return { left: Uint32Array.from(pairs.map((p) => p[0])), right: Uint32Array.from(pairs.map((p) => p[1])), count: pairs.length };
}
