import { minimum } from './minimum';

describe('minimum', () => {
	it('finds the smallest number and skips NaN wherever it is', () => {
		expect(minimum([3, NaN, -1, 2])).toBe(-1);
		expect(minimum([NaN, 5, 4])).toBe(4);
		expect(minimum(new Float64Array([-Infinity, 0]))).toBe(-Infinity);
	});

	it('is NaN for empty and all-missing input', () => {
		expect(minimum([])).toBeNaN();
		expect(minimum([NaN, NaN])).toBeNaN();
	});

	it('works on arrays too large to spread into Math.min', () => {
		const values = new Float64Array(500_000).map((_, index) => index);
		expect(minimum(values)).toBe(0);
	});
});
