import type { UnionFind } from './unionFind';

/**
 * Per record the index of its set in `sets`, numbered 0, 1, … in order of each set's lowest
 * record index, so the numbering depends only on the partition, not on the order of the unions.
 *
 * @example
 * const sets = new UnionFind(3);
 * sets.union(2, 1);
 * componentLabels(3, sets); // Int32Array [0, 1, 1]
 */
export function componentLabels(n: number, sets: UnionFind): Int32Array {
	const labelOfRoot = new Int32Array(n).fill(-1);
	const labels = new Int32Array(n);
	let next = 0;
	for (let i = 0; i < n; i++) {
		const root = sets.find(i);
		if (labelOfRoot[root] < 0) labelOfRoot[root] = next++;
		labels[i] = labelOfRoot[root];
	}
	return labels;
}
