import { median } from './median';

describe('median', () => {
	it('skips NaN and averages the two middle numbers of an even count', () => {
		expect(median([5, NaN, 1, 3, 2])).toBe(2.5);
		expect(median([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])).toBe(5.5);
		// numpy docs: np.median([[10, 7, 4], [3, 2, 1]]) == 3.5
		expect(median([10, 7, 4, 3, 2, 1])).toBe(3.5);
	});

	it('is NaN for empty and all-missing input', () => {
		expect(median([])).toBeNaN();
		expect(median(new Float64Array([NaN]))).toBeNaN();
	});

	it('leaves the input in its order', () => {
		const input = new Float64Array([3, 1, 2]);
		median(input);
		expect(Array.from(input)).toEqual([3, 1, 2]);
	});
});
