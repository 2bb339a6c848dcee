import { modifiedZScores } from './modifiedZScores';

describe('modifiedZScores', () => {
	it('scores the 100 in [1..9, 100] at 25.5 (0.6745 × 94.5 / 2.5)', () => {
		const scores = modifiedZScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]);
		expect(scores[9]).toBeCloseTo(25.4961, 4);
		expect(scores[0]).toBeCloseTo((0.6745 * -4.5) / 2.5, 12);
	});

	it('uses the mean absolute deviation fallback when MAD = 0', () => {
		const scores = modifiedZScores([5, 5, 5, 5, 5, 6, 100]);
		expect(scores[0]).toBe(0);
		expect(scores[5]).toBeCloseTo(7 / (1.253314 * 96), 12);
		expect(scores[6]).toBeCloseTo((95 * 7) / (1.253314 * 96), 12);
	});

	it('keeps NaN and scores equal numbers 0', () => {
		expect(Array.from(modifiedZScores([2, NaN, 2]))).toEqual([0, NaN, 0]);
		expect(Array.from(modifiedZScores([NaN]))).toEqual([NaN]);
	});
});
