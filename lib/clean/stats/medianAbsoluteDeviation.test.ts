import { medianAbsoluteDeviation as simpleMad } from 'simple-statistics';
import { medianAbsoluteDeviation } from './medianAbsoluteDeviation';

describe('medianAbsoluteDeviation', () => {
	it('is unscaled, as scipy median_abs_deviation with scale=1.0', () => {
		expect(medianAbsoluteDeviation([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])).toBe(2.5);
		// simple-statistics docs example.
		expect(medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9])).toBe(1);
		expect(simpleMad([1, 1, 2, 2, 4, 6, 9])).toBe(1);
	});

	it('skips NaN', () => {
		expect(medianAbsoluteDeviation([1, NaN, 2, 3, 4, 5, 6, 7, 8, 9, 100, NaN])).toBe(2.5);
	});

	it('is 0 when more than half the values are equal, and NaN without numbers', () => {
		expect(medianAbsoluteDeviation([5, 5, 5, 6, 100])).toBe(0);
		expect(medianAbsoluteDeviation([])).toBeNaN();
		expect(medianAbsoluteDeviation([NaN])).toBeNaN();
	});
});
