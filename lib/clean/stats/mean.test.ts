import fc from 'fast-check';
import { mean } from './mean';

describe('mean', () => {
	it('averages and skips NaN', () => {
		expect(mean([1, NaN, 2, 6])).toBe(3);
		expect(mean(new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]))).toBe(14.5);
	});

	it('is NaN for empty and all-missing input', () => {
		expect(mean([])).toBeNaN();
		expect(mean([NaN, NaN])).toBeNaN();
	});

	it('compensates rounding: ten 0.1s average to 0.1, not 0.09999999999999999', () => {
		expect(mean(new Array(10).fill(0.1))).toBe(0.1);
		expect(mean([1e16, 1, -1e16])).toBe(1 / 3);
	});

	it('handles infinities as numbers', () => {
		expect(mean([1, Infinity])).toBe(Infinity);
		expect(mean([-Infinity, 1])).toBe(-Infinity);
		expect(mean([Infinity, -Infinity])).toBeNaN();
	});

	it('lies between the smallest and the largest number', () => {
		fc.assert(
			fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), (values) => {
				const result = mean(values);
				expect(result).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
				expect(result).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
			}),
		);
	});
});
