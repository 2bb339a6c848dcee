import type { PairList } from './pairList';

/**
 * Sorts pairs by left record, then right record, into new arrays of exactly `count` entries: a
 * counting sort on the left record (linear in pairs and records), then each left record's few
 * right records sorted in place. Sorted pairs make the output independent of rule and block
 * order, and let comparisons walk the records in order. Only the output is allocated besides one
 * array of `recordCount` offsets, which matters with tens of millions of pairs.
 *
 * @example
 * sortPairs({ left: Uint32Array.of(1, 0, 0), right: Uint32Array.of(2, 3, 1), count: 3 }, 4);
 * // { left: Uint32Array [0, 0, 1], right: Uint32Array [1, 3, 2], count: 3 }
 */
export function sortPairs(pairs: PairList, recordCount: number): PairList {
	const { count } = pairs;
	const start = new Uint32Array(recordCount + 1);
	for (let k = 0; k < count; k++) start[pairs.left[k] + 1]++;
	for (let r = 0; r < recordCount; r++) start[r + 1] += start[r];
	const left = new Uint32Array(count);
	const right = new Uint32Array(count);
	for (let r = 0; r < recordCount; r++) left.fill(r, start[r], start[r + 1]);
	const next = start.slice(0, recordCount);
	for (let k = 0; k < count; k++) right[next[pairs.left[k]]++] = pairs.right[k];
	for (let r = 0; r < recordCount; r++) sortRange(right, start[r], start[r + 1]);
	return { left, right, count };
}

/** Sorts `values[from..to)` in place: insertion sort for the usual few entries, the built-in sort for more. */
function sortRange(values: Uint32Array, from: number, to: number): void {
	if (to - from > 32) {
		values.subarray(from, to).sort();
		return;
	}
	for (let i = from + 1; i < to; i++) {
		const value = values[i];
		let j = i - 1;
		while (j >= from && values[j] > value) {
			values[j + 1] = values[j];
			j--;
		}
		values[j + 1] = value;
	}
}
