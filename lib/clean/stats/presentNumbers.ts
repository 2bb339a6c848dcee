/**
 * The numbers of `values` in their order, without the NaNs that mark missing values: the
 * scratch array the order statistics work on (they rearrange it, never the caller's input).
 *
 * @example
 * presentNumbers([3, NaN, 1]); // Float64Array [3, 1]
 */
export function presentNumbers(values: ArrayLike<number>): Float64Array {
	const length = values.length;
	let count = 0;
	for (let index = 0; index < length; index++) {
		if (values[index] === values[index]) count++;
	}
	const numbers = new Float64Array(count);
	let next = 0;
	for (let index = 0; index < length; index++) {
		const value = values[index];
		if (value === value) numbers[next++] = value;
	}
	return numbers;
}
