/**
 * Rearranges `numbers` (no NaN) so that `numbers[k]` holds the value it would hold if sorted,
 * with nothing larger before it and nothing smaller after it: Hoare's quickselect with a
 * median-of-three pivot, O(n) on average. Only `from`…end is touched, so after selecting k1 the
 * next k2 > k1 can be selected from k1 + 1 on. If partitioning makes too little progress, as
 * crafted inputs can force, the rest is sorted instead: O(n log n) at worst, never O(n²).
 *
 * @example
 * const numbers = new Float64Array([5, 1, 4, 2, 3]);
 * selectInPlace(numbers, 1); // numbers[1] === 2, numbers[0] === 1
 */
export function selectInPlace(numbers: Float64Array, k: number, from = 0): void {
	let left = from;
	let right = numbers.length - 1;
	let rounds = 2 * Math.ceil(Math.log2(right - left + 2)) + 8;
	while (right > left) {
		if (rounds-- === 0) {
			numbers.subarray(left, right + 1).sort();
			return;
		}
		const pivot = medianOfThree(numbers[left], numbers[(left + right) >> 1], numbers[right]);
		let i = left;
		let j = right;
		while (i <= j) {
			while (numbers[i] < pivot) i++;
			while (numbers[j] > pivot) j--;
			if (i <= j) {
				const swap = numbers[i];
				numbers[i++] = numbers[j];
				numbers[j--] = swap;
			}
		}
		// Now left…j ≤ pivot, i…right ≥ pivot, and anything between equals the pivot.
		if (k <= j) right = j;
		else if (k >= i) left = i;
		else return;
	}
}

function medianOfThree(a: number, b: number, c: number): number {
	if (a < b) return b < c ? b : a < c ? c : a;
	return a < c ? a : b < c ? c : b;
}
