/** The distinct comparison vectors of a pair set and how many pairs have each. */
export interface PatternCounts {
	/** Row-major distinct vectors: `patterns[p * comparisonCount + c]`. */
	patterns: Uint8Array;
	/** How many pairs have pattern `p`. */
	counts: Float64Array;
	/** How many distinct patterns. */
	count: number;
}

/**
 * Groups identical comparison vectors (Splink's agreement-pattern counts). A few comparisons of a
 * few levels allow only hundreds or thousands of patterns however many pairs there are, so EM over
 * the patterns with their counts costs the same for millions of pairs as for thousands.
 *
 * @example
 * countPatterns(Uint8Array.from([1, 0, 1, 0, 2, 1]), 2, [3, 2]);
 * // { patterns: Uint8Array [1, 0, 2, 1], counts: Float64Array [2, 1], count: 2 }
 */
export function countPatterns(vectors: Uint8Array, comparisonCount: number, levelsPerComparison: number[]): PatternCounts {
	const pairCount = comparisonCount === 0 ? 0 : vectors.length / comparisonCount;
	const radix: number[] = [];
	let product = 1;
	for (let c = 0; c < comparisonCount; c++) {
		radix.push(product);
		product *= Math.max(1, levelsPerComparison[c]);
	}
	// A mixed-radix number is an exact key while the product fits in a double's 53 bits; past
	// that (twenty or so comparisons) the vector's bytes as text are the key instead.
	const numericKeys = product <= Number.MAX_SAFE_INTEGER;
	const index = new Map<number | string, number>();
	const firstRow: number[] = [];
	const counts: number[] = [];
	for (let k = 0, offset = 0; k < pairCount; k++, offset += comparisonCount) {
		let key: number | string;
		if (numericKeys) {
			key = 0;
			for (let c = 0; c < comparisonCount; c++) key += vectors[offset + c] * radix[c];
		} else {
			key = String.fromCharCode(...vectors.subarray(offset, offset + comparisonCount));
		}
		const p = index.get(key);
		if (p === undefined) {
			index.set(key, counts.length);
			firstRow.push(k);
			counts.push(1);
		} else {
			counts[p]++;
		}
	}
	const patterns = new Uint8Array(counts.length * comparisonCount);
	for (let p = 0; p < counts.length; p++) {
		const offset = firstRow[p] * comparisonCount;
		patterns.set(vectors.subarray(offset, offset + comparisonCount), p * comparisonCount);
	}
	return { patterns, counts: Float64Array.from(counts), count: counts.length };
}
