import type { PairList } from '../block/pairList';
import { componentLabels } from './componentLabels';
import { UnionFind } from './unionFind';

/**
 * The connected components of the graph whose edges are the accepted pairs (`accept[k] === 1`):
 * per record its cluster index, from 0 to k − 1, numbered in order of each cluster's lowest
 * record index. Unlinked records are clusters of their own. This is the transitive closure that
 * Splink's `cluster_pairwise_predictions_at_threshold` computes.
 *
 * @example
 * const pairs = { left: Uint32Array.of(0, 1, 3), right: Uint32Array.of(2, 2, 4), count: 3 };
 * connectedComponents(5, pairs, Uint8Array.of(1, 1, 0)); // Int32Array [0, 0, 0, 1, 2]
 */
export function connectedComponents(n: number, pairs: PairList, accept: Uint8Array): Int32Array {
	const sets = new UnionFind(n);
	for (let k = 0; k < pairs.count; k++) if (accept[k] === 1) sets.union(pairs.left[k], pairs.right[k]);
	return componentLabels(n, sets);
}
