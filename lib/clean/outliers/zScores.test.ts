import fc from 'fast-check';
import { zScores } from './zScores';

describe('zScores', () => {
	it('uses ddof = 1: the 100 in [1..9, 100] scores 2.836, below 3', () => {
		const scores = zScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]);
		expect(scores[9]).toBeCloseTo(2.8356, 4);
		// With ddof = 0 it would be 2.989.
		expect(scores[9]).not.toBeCloseTo(2.989, 2);
		expect(scores[0]).toBeCloseTo(-13.5 / 30.15239, 4);
	});

	it('keeps NaN in place and skips it in the statistics', () => {
		expect(Array.from(zScores([1, NaN, 3]))).toEqual([-1 / Math.SQRT2, NaN, 1 / Math.SQRT2]);
	});

	it('is 0 for equal numbers and NaN with fewer than two numbers', () => {
		expect(Array.from(zScores([0.1, 0.1, 0.1]))).toEqual([0, 0, 0]);
		expect(Array.from(zScores([5, NaN]))).toEqual([NaN, NaN]);
	});

	it('never exceeds (n − 1)/√n in absolute value', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 50 }), (values) => {
				const limit = (values.length - 1) / Math.sqrt(values.length);
				for (const score of zScores(values)) expect(Math.abs(score)).toBeLessThanOrEqual(limit + 1e-9);
			}),
		);
	});
});
