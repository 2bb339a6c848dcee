import { robustScale } from './robustScale';

describe('robustScale', () => {
	it('is the median and MAD / 0.6745', () => {
		expect(robustScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])).toEqual({ centre: 5.5, spread: 2.5 / 0.6745 });
	});

	it('falls back to 1.253314 × the mean absolute deviation from the median when MAD = 0', () => {
		// Median 5, MAD 0; distances from 5 are 0 0 0 0 0 1 95, mean 96/7.
		const scale = robustScale([5, 5, 5, 5, 5, 6, 100]);
		expect(scale.centre).toBe(5);
		expect(scale.spread).toBeCloseTo((1.253314 * 96) / 7, 12);
	});

	it('has spread 0 for equal numbers (one number included) and NaN without numbers', () => {
		expect(robustScale([3, NaN, 3, 3])).toEqual({ centre: 3, spread: 0 });
		expect(robustScale([3])).toEqual({ centre: 3, spread: 0 });
		expect(robustScale([NaN]).spread).toBeNaN();
		expect(robustScale([]).spread).toBeNaN();
	});
});
