import { sampleStandardDeviation } from './sampleStandardDeviation';

describe('sampleStandardDeviation', () => {
	it('uses ddof = 1 as pandas Series.std()', () => {
		// Population sd of this textbook set is 2; the sample sd is √(32/7).
		expect(sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
		// Reference vector: pandas Series([1..9, 100]).std() = 30.1523…
		expect(sampleStandardDeviation([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])).toBeCloseTo(30.15239, 4);
	});

	it('skips NaN', () => {
		expect(sampleStandardDeviation([1, NaN, 3])).toBeCloseTo(Math.SQRT2, 12);
	});

	it('is NaN with fewer than two numbers', () => {
		expect(sampleStandardDeviation([])).toBeNaN();
		expect(sampleStandardDeviation([5])).toBeNaN();
		expect(sampleStandardDeviation([5, NaN, NaN])).toBeNaN();
	});

	it('is 0 for equal values', () => {
		expect(sampleStandardDeviation([7, 7, 7])).toBe(0);
	});

	it('does not cancel catastrophically on large offsets', () => {
		expect(sampleStandardDeviation([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBeCloseTo(1, 9);
	});
});
