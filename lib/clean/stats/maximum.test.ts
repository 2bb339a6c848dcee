import { maximum } from './maximum';

describe('maximum', () => {
	it('finds the largest number and skips NaN wherever it is', () => {
		expect(maximum([3, NaN, -1, 2])).toBe(3);
		expect(maximum([NaN, 4, 5])).toBe(5);
		expect(maximum(new Float64Array([Infinity, 0]))).toBe(Infinity);
	});

	it('is NaN for empty and all-missing input', () => {
		expect(maximum([])).toBeNaN();
		expect(maximum([NaN, NaN])).toBeNaN();
	});

	it('works on arrays too large to spread into Math.max', () => {
		const values = new Float64Array(500_000).map((_, index) => index);
		expect(maximum(values)).toBe(499_999);
	});
});
