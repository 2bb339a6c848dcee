import fc from 'fast-check';
import { sortedNumbers } from './sortedNumbers';

describe('sortedNumbers', () => {
	it('sorts numerically, not as text, and drops NaN', () => {
		expect(Array.from(sortedNumbers([10, NaN, 9, -1, 100, 2]))).toEqual([-1, 2, 9, 10, 100]);
	});

	it('returns a Float64Array and leaves the input alone', () => {
		const input = [3, 1, 2];
		const result = sortedNumbers(input);
		expect(result).toBeInstanceOf(Float64Array);
		expect(input).toEqual([3, 1, 2]);
	});

	it('agrees with a comparator sort of the numbers', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constant(NaN))), (values) => {
				const expected = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
				const actual = Array.from(sortedNumbers(values));
				// -0 and 0 tie in a comparator sort, so compare values, not signs of zero.
				expect(actual.map((value) => value + 0)).toEqual(expected.map((value) => value + 0));
			}),
		);
	});
});
