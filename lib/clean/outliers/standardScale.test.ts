import { standardScale } from './standardScale';

describe('standardScale', () => {
	it('is the mean and the ddof = 1 standard deviation', () => {
		const scale = standardScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]);
		expect(scale.centre).toBe(14.5);
		expect(scale.spread).toBeCloseTo(30.15239, 4);
	});

	it('skips NaN', () => {
		expect(standardScale([1, NaN, 3])).toEqual({ centre: 2, spread: Math.SQRT2 });
	});

	it('has spread exactly 0 for equal numbers, even where the mean rounds', () => {
		expect(standardScale([0.1, 0.1, 0.1]).spread).toBe(0);
		expect(standardScale([7, NaN, 7]).spread).toBe(0);
	});

	it('has spread NaN with fewer than two numbers', () => {
		expect(standardScale([4]).spread).toBeNaN();
		expect(standardScale([]).spread).toBeNaN();
		expect(standardScale([NaN]).spread).toBeNaN();
	});
});
