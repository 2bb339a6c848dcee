/**
 * The largest number in `values`, skipping NaN (missing); NaN when there is none. A loop
 * rather than `Math.max(...values)`, which overflows the call stack on large arrays and returns
 * NaN as soon as one value is missing.
 *
 * @example
 * maximum([3, NaN, -1, 2]); // 3
 */
export function maximum(values: ArrayLike<number>): number {
	let largest = NaN;
	for (let index = 0; index < values.length; index++) {
		const value = values[index];
		if (value > largest || largest !== largest) largest = value;
	}
	return largest;
}
