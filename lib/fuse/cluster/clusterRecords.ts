import type { PairList } from '../block/pairList';
import { componentLabels } from './componentLabels';
import { oneToOneLinks } from './oneToOneLinks';
import { UnionFind } from './unionFind';

export type ClusterOptions = {
	/** Pairs with probability ≥ this are links. Between 0 and 1. */
	threshold: number;
	/** Each record's source; needed for `oneToOne`. */
	sources?: Int32Array;
	/** Link each record to at most one record of each other source (see `oneToOneLinks`). */
	oneToOne?: boolean;
	/** The largest cluster wanted; a larger component is split by raising the threshold inside it. */
	maxClusterSize?: number;
};

export type ClusterResult = {
	/** Per record its cluster, 0 to k − 1, numbered in order of each cluster's lowest record index. */
	clusterOf: Int32Array;
	/** The records of each cluster, ascending; `clusters[c]` lists the records with `clusterOf === c`. */
	clusters: number[][];
	/** How many connected components were larger than `maxClusterSize` and were split. */
	giantsSplit: number;
	/**
	 * With `maxClusterSize`: per record the threshold its cluster was formed at (`threshold`, or
	 * the raised one for parts of a split component; 1 for parts the final size-capped step formed).
	 */
	thresholdUsed?: Float64Array;
};

/** Thresholds are raised up to this, no further: beyond it probabilities are indistinguishable from 1. */
export const HIGHEST_THRESHOLD = 1 - 1e-9;

/** A component still too large, with its accepted pairs and the threshold it was formed at. */
type Part = { members: number[]; pairs: number[]; threshold: number };

/**
 * Clusters records from scored pairs: the links are the pairs with probability ≥ `threshold`
 * (with `oneToOne`, those {@link oneToOneLinks} keeps), and the clusters are their connected
 * components, as Splink's `cluster_pairwise_predictions_at_threshold`.
 *
 * Giant guard (with `maxClusterSize`): chaining can join thousands of records through weak links
 * (A ~ B ~ C …) into one "entity". As dedupe does, such a component is re-clustered using only its
 * own links at a higher threshold, `t → 1 − (1 − t) / 2` (0.9 → 0.95 → 0.975 …, halving the
 * distance to 1 each time), and each part that is still too large is raised again, up to
 * {@link HIGHEST_THRESHOLD}. A part still too large there (links of probability ~1) is joined
 * link by link, most probable first, skipping a link that would make a cluster larger than
 * `maxClusterSize`. So every cluster ends up within the size, and the strongest links survive.
 *
 * @example
 * const pairs = { left: Uint32Array.of(0, 1, 2), right: Uint32Array.of(1, 2, 3), count: 3 };
 * const result = clusterRecords(4, pairs, Float64Array.of(0.99, 0.8, 0.999), { threshold: 0.5, maxClusterSize: 2 });
 * result.clusters; // [[0, 1], [2, 3]]: still 4 records at 0.75, the 0.8 link falls at 0.875
 * result.giantsSplit; // 1
 */
export function clusterRecords(n: number, pairs: PairList, probabilities: Float64Array, options: ClusterOptions): ClusterResult {
	const { threshold, sources, oneToOne = false, maxClusterSize } = options;
	if (!(typeof threshold === 'number' && threshold >= 0 && threshold <= 1)) throw new RangeError(`threshold must be between 0 and 1 (got ${String(threshold)})`);
	if (maxClusterSize !== undefined && !(Number.isInteger(maxClusterSize) && maxClusterSize >= 1)) {
		throw new RangeError(`maxClusterSize must be a whole number of at least 1 (got ${String(maxClusterSize)})`);
	}
	if (probabilities.length < pairs.count) throw new RangeError(`probabilities has ${probabilities.length} entries for ${pairs.count} pairs`);
	if (oneToOne && (sources === undefined || sources.length !== n)) throw new RangeError('oneToOne needs sources, one per record');

	let accept: Uint8Array;
	if (oneToOne) {
		accept = oneToOneLinks(pairs, probabilities, sources as Int32Array, threshold);
	} else {
		accept = new Uint8Array(pairs.count);
		for (let k = 0; k < pairs.count; k++) if (probabilities[k] >= threshold) accept[k] = 1;
	}
	const sets = new UnionFind(n);
	for (let k = 0; k < pairs.count; k++) if (accept[k] === 1) sets.union(pairs.left[k], pairs.right[k]);

	let giantsSplit = 0;
	let thresholdUsed: Float64Array | undefined;
	if (maxClusterSize !== undefined) {
		thresholdUsed = new Float64Array(n).fill(threshold);
		const giants = oversizedParts(n, sets, pairs, accept, maxClusterSize, threshold);
		giantsSplit = giants.length;
		for (let part = giants.pop(); part !== undefined; part = giants.pop()) {
			giants.push(...splitPart(part, sets, pairs, probabilities, maxClusterSize, thresholdUsed));
		}
	}

	const clusterOf = componentLabels(n, sets);
	const clusters: number[][] = [];
	for (let i = 0; i < n; i++) {
		const c = clusterOf[i];
		if (c === clusters.length) clusters.push([i]);
		else clusters[c].push(i);
	}
	return thresholdUsed === undefined ? { clusterOf, clusters, giantsSplit } : { clusterOf, clusters, giantsSplit, thresholdUsed };
}

/** The components larger than `maxSize`, with their accepted pairs. */
function oversizedParts(n: number, sets: UnionFind, pairs: PairList, accept: Uint8Array, maxSize: number, threshold: number): Part[] {
	const partOfRoot = new Map<number, Part>();
	for (let i = 0; i < n; i++) {
		const root = sets.find(i);
		if (sets.sizeOf(root) <= maxSize) continue;
		let part = partOfRoot.get(root);
		if (part === undefined) {
			part = { members: [], pairs: [], threshold };
			partOfRoot.set(root, part);
		}
		part.members.push(i);
	}
	if (partOfRoot.size > 0) {
		for (let k = 0; k < pairs.count; k++) {
			if (accept[k] === 1) partOfRoot.get(sets.find(pairs.left[k]))?.pairs.push(k);
		}
	}
	return [...partOfRoot.values()];
}

/**
 * Re-clusters one oversized part at the next higher threshold (or, at the highest, link by link
 * under the size cap) and returns its parts that are still too large.
 */
function splitPart(part: Part, sets: UnionFind, pairs: PairList, probabilities: Float64Array, maxSize: number, thresholdUsed: Float64Array): Part[] {
	for (const i of part.members) sets.reset(i);
	if (part.threshold >= HIGHEST_THRESHOLD) {
		const strongestFirst = [...part.pairs].sort((a, b) => probabilities[b] - probabilities[a] || a - b);
		for (const k of strongestFirst) {
			const a = pairs.left[k];
			const b = pairs.right[k];
			if (sets.find(a) !== sets.find(b) && sets.sizeOf(a) + sets.sizeOf(b) <= maxSize) sets.union(a, b);
		}
		for (const i of part.members) thresholdUsed[i] = 1;
		return [];
	}
	const raised = Math.min(HIGHEST_THRESHOLD, 1 - (1 - part.threshold) / 2);
	const kept: number[] = [];
	for (const k of part.pairs) {
		if (probabilities[k] >= raised) {
			kept.push(k);
			sets.union(pairs.left[k], pairs.right[k]);
		}
	}
	const stillTooLarge = new Map<number, Part>();
	for (const i of part.members) {
		thresholdUsed[i] = raised;
		const root = sets.find(i);
		if (sets.sizeOf(root) <= maxSize) continue;
		let next = stillTooLarge.get(root);
		if (next === undefined) {
			next = { members: [], pairs: [], threshold: raised };
			stillTooLarge.set(root, next);
		}
		next.members.push(i);
	}
	if (stillTooLarge.size > 0) for (const k of kept) stillTooLarge.get(sets.find(pairs.left[k]))?.pairs.push(k);
	return [...stillTooLarge.values()];
}
