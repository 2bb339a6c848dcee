/**
 * How far apart two numbers are: `|a − b|`, or with `relative`, `|a − b| / max(|a|, |b|)` (0 when
 * both are 0), a share that suits amounts of very different sizes. NaN in, NaN out, so a level
 * `difference <= max` never holds for a missing number.
 *
 * @example
 * numericDifference(100, 90); // 10
 * numericDifference(100, 90, true); // 0.1
 * numericDifference(0, 0, true); // 0
 */
export function numericDifference(a: number, b: number, relative = false): number {
	const difference = Math.abs(a - b);
	if (!relative) return difference;
	if (difference === 0) return 0;
	return difference / Math.max(Math.abs(a), Math.abs(b));
}
