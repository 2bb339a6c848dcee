/**
 * The p-quantile of `sorted` (ascending, no NaN) by linear interpolation between order
 * statistics: Hyndman-Fan type 7, the default of numpy `quantile` (`method='linear'`), pandas
 * `Series.quantile` and R. The position is `(n − 1)·p`; between `a = sorted[⌊h⌋]` and
 * `b = sorted[⌊h⌋ + 1]` with fraction `t` the value is `a + (b − a)·t`, or `b − (b − a)·(1 − t)`
 * for `t ≥ 0.5` as numpy computes it (so results match numpy to the last digit and never pass b).
 * NaN when `sorted` is empty. Throws a RangeError unless 0 ≤ p ≤ 1.
 *
 * simple-statistics 7.12 `quantileSorted` is also type 7 (older releases were not), but it
 * throws on empty input and uses the plain `a + t·(b − a)` form, so it is not used here.
 *
 * @example
 * quantileLinear([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 0.25); // 3.25
 * quantileLinear([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 0.75); // 7.75
 */
export function quantileLinear(sorted: ArrayLike<number>, p: number): number {
	if (!(p >= 0 && p <= 1)) throw new RangeError(`A quantile must be between 0 and 1, got ${p}`);
	const count = sorted.length;
	if (count === 0) return NaN;
	const position = (count - 1) * p;
	const below = Math.floor(position);
	if (below >= count - 1) return sorted[count - 1];
	const fraction = position - below;
	const a = sorted[below];
	const b = sorted[below + 1];
	const difference = b - a;
	return fraction >= 0.5 ? b - difference * (1 - fraction) : a + difference * fraction;
}
