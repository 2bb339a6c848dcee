import { meanAbsoluteDeviationFromMedian } from './meanAbsoluteDeviationFromMedian';

describe('meanAbsoluteDeviationFromMedian', () => {
	it('averages the distances from the median, not from the mean', () => {
		// Median 5.5; distances 4.5 3.5 2.5 1.5 0.5 0.5 1.5 2.5 3.5 94.5 sum to 115.
		expect(meanAbsoluteDeviationFromMedian([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])).toBe(11.5);
		// Around the mean (14.5) it would be 15.3.
		expect(meanAbsoluteDeviationFromMedian([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])).not.toBeCloseTo(15.3, 5);
	});

	it('is positive where the MAD is 0', () => {
		// Median 5, MAD 0; distances 0 0 0 0 0 1 95.
		expect(meanAbsoluteDeviationFromMedian([5, 5, 5, 5, 5, 6, 100])).toBeCloseTo(96 / 7, 12);
	});

	it('skips NaN and is NaN without numbers', () => {
		expect(meanAbsoluteDeviationFromMedian([1, NaN, 3])).toBe(1);
		expect(meanAbsoluteDeviationFromMedian([])).toBeNaN();
	});
});
