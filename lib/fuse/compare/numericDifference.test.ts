import fc from 'fast-check';
import { numericDifference } from './numericDifference';

describe('numericDifference', () => {
	it('gives the absolute or relative difference', () => {
		expect(numericDifference(100, 90)).toBe(10);
		expect(numericDifference(90, 100)).toBe(10);
		expect(numericDifference(100, 90, true)).toBeCloseTo(0.1, 12);
		expect(numericDifference(-5, 5, true)).toBe(2);
		expect(numericDifference(0, 0, true)).toBe(0);
		expect(numericDifference(0, 3, true)).toBe(1);
	});

	it('passes NaN through, so no level holds for a missing number', () => {
		expect(numericDifference(NaN, 1)).toBeNaN();
		expect(numericDifference(1, NaN, true)).toBeNaN();
	});

	it('is symmetric and the relative one stays within 0..2', () => {
		const number = fc.double({ min: -1e9, max: 1e9, noNaN: true });
		fc.assert(
			fc.property(number, number, (a, b) => {
				expect(numericDifference(a, b)).toBe(numericDifference(b, a));
				const relative = numericDifference(a, b, true);
				expect(relative).toBe(numericDifference(b, a, true));
				expect(relative).toBeGreaterThanOrEqual(0);
				expect(relative).toBeLessThanOrEqual(2);
			}),
		);
	});
});
