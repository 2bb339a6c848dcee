import fc from 'fast-check';
import { quantileLinear } from './quantileLinear';
import { quantilesLinear } from './quantilesLinear';
import { sortedNumbers } from './sortedNumbers';

describe('quantilesLinear', () => {
	it('gives the type 7 quartiles of unsorted input with NaN', () => {
		expect(quantilesLinear([100, 9, 8, 7, 6, NaN, 5, 4, 3, 2, 1], [0.25, 0.75])).toEqual([3.25, 7.75]);
		expect(quantilesLinear([3, 1, 2], [0, 0.5, 1])).toEqual([1, 2, 3]);
	});

	it('accepts probabilities in any order, repeated', () => {
		expect(quantilesLinear([4, 1, 3, 2], [1, 0.5, 0, 0.5])).toEqual([4, 2.5, 1, 2.5]);
	});

	it('is NaN for each probability without numbers, and empty for no probabilities', () => {
		expect(quantilesLinear([NaN], [0.25, 0.75])).toEqual([NaN, NaN]);
		expect(quantilesLinear([1, 2], [])).toEqual([]);
	});

	it('refuses probabilities outside [0, 1]', () => {
		expect(() => quantilesLinear([1, 2], [0.5, 2])).toThrow(RangeError);
		expect(() => quantilesLinear([], [-1])).toThrow(RangeError);
	});

	it('equals quantileLinear on the sorted numbers', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.constant(NaN)), { maxLength: 1500 }),
				fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
				(values, probabilities) => {
					const sorted = sortedNumbers(values);
					expect(quantilesLinear(values, probabilities)).toEqual(probabilities.map((p) => quantileLinear(sorted, p)));
				},
			),
			{ numRuns: 200 },
		);
	});
});
