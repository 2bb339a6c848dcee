/**
 * The smallest number in `values`, skipping NaN (missing); NaN when there is none. A loop
 * rather than `Math.min(...values)`, which overflows the call stack on large arrays and returns
 * NaN as soon as one value is missing.
 *
 * @example
 * minimum([3, NaN, -1, 2]); // -1
 */
export function minimum(values: ArrayLike<number>): number {
	let smallest = NaN;
	for (let index = 0; index < values.length; index++) {
		const value = values[index];
		if (value < smallest || smallest !== smallest) smallest = value;
	}
	return smallest;
}
