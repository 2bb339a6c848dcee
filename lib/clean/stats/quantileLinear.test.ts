import fc from 'fast-check';
import { quantileSorted } from 'simple-statistics';
import { quantileLinear } from './quantileLinear';

const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];

describe('quantileLinear', () => {
	it('gives the numpy/pandas type 7 quartiles of the reference vector', () => {
		expect(quantileLinear(x, 0.25)).toBe(3.25);
		expect(quantileLinear(x, 0.75)).toBe(7.75);
		expect(quantileLinear(x, 0.5)).toBe(5.5);
	});

	it('matches documented numpy results', () => {
		// np.percentile([[10, 7, 4], [3, 2, 1]], 50) == 3.5; np.quantile([1, 2, 3, 4], 0.4) == 2.2
		expect(quantileLinear([1, 2, 3, 4, 7, 10], 0.5)).toBe(3.5);
		expect(quantileLinear([1, 2, 3, 4], 0.4)).toBeCloseTo(2.2, 14);
		// Position (n − 1)·p = 2.25: a quarter of the way from 3 to 4.
		expect(quantileLinear([1, 2, 3, 4, 5], 0.5625)).toBe(3.25);
	});

	it('returns the ends at p = 0 and p = 1, and the single value of a one-element array', () => {
		expect(quantileLinear(x, 0)).toBe(1);
		expect(quantileLinear(x, 1)).toBe(100);
		expect(quantileLinear([42], 0.3)).toBe(42);
	});

	it('interpolates from the upper value for fractions ≥ 0.5, as numpy does', () => {
		// 7.8 + 0.75·9.9 rounds to 15.224999999999998; numpy's 17.7 − 0.25·9.9 gives 15.225.
		expect(quantileLinear([7.8, 17.7], 0.75)).toBe(15.225);
		expect(quantileLinear([0.7, 9.5], 0.5)).toBe(5.1);
	});

	it('is NaN for an empty array and throws for p outside [0, 1]', () => {
		expect(quantileLinear([], 0.5)).toBeNaN();
		expect(() => quantileLinear(x, 1.5)).toThrow(RangeError);
		expect(() => quantileLinear(x, -0.1)).toThrow('A quantile must be between 0 and 1, got -0.1');
		expect(() => quantileLinear(x, NaN)).toThrow(RangeError);
	});

	it('agrees with simple-statistics quantileSorted (type 7 since 7.12) up to rounding', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(values, p) => {
					const sorted = Float64Array.from(values).sort();
					const expected = quantileSorted(Array.from(sorted), p);
					expect(Math.abs(quantileLinear(sorted, p) - expected)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(expected)));
				},
			),
		);
	});
});
