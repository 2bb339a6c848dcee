import type { PairList } from '../block';

/**
 * The comparison vectors of `pairs` copied from those already computed for `candidates`, when
 * every one of `pairs` is a candidate (a training rule that is also a blocking rule); otherwise
 * undefined, and the caller compares the pairs itself. Both lists are sorted by left then right
 * record (as `blockPairs` returns them), so one merge pass finds each pair.
 *
 * @example
 * vectorsFromCandidates(dobPairs, candidates, candidateVectors, 6); // Uint8Array of dobPairs.count × 6
 */
export function vectorsFromCandidates(pairs: PairList, candidates: PairList, candidateVectors: Uint8Array, comparisons: number): Uint8Array | undefined {
	const vectors = new Uint8Array(pairs.count * comparisons);
	let c = 0;
	for (let k = 0; k < pairs.count; k++) {
		const left = pairs.left[k];
		const right = pairs.right[k];
		while (c < candidates.count && (candidates.left[c] < left || (candidates.left[c] === left && candidates.right[c] < right))) c++;
		if (c === candidates.count || candidates.left[c] !== left || candidates.right[c] !== right) return undefined;
		vectors.set(candidateVectors.subarray(c * comparisons, (c + 1) * comparisons), k * comparisons);
	}
	return vectors;
}
