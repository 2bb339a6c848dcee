import type { PairList } from '../block/pairList';
import type { CompiledComparison } from '../compare/comparison';

/**
 * The comparison vector of every pair: its level index in each comparison, row-major
 * (`vectors[k * comparisons.length + c]` is pair `k`'s level in comparison `c`). One byte per
 * level keeps millions of pairs small; a comparison has far fewer than 256 levels.
 *
 * @example
 * // two comparisons, pairs (0,1) and (0,2)
 * comparisonVectors([nameComparison, cityComparison], pairs); // Uint8Array [1, 2, 3, 0]
 */
export function comparisonVectors(comparisons: CompiledComparison[], pairs: PairList): Uint8Array {
	const width = comparisons.length;
	const vectors = new Uint8Array(pairs.count * width);
	for (let c = 0; c < width; c++) {
		const comparison = comparisons[c];
		if (comparison.levels.length > 256) throw new RangeError(`comparison "${comparison.name}" has more than 256 levels`);
		// One comparison at a time: its per-record caches stay hot and the call site monomorphic.
		for (let k = 0, offset = c; k < pairs.count; k++, offset += width) {
			vectors[offset] = comparison.level(pairs.left[k], pairs.right[k]);
		}
	}
	return vectors;
}
