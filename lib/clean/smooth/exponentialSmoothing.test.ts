import { exponentialSmoothing } from './exponentialSmoothing';

const run = (values: number[], alpha: number) => Array.from(exponentialSmoothing(values, alpha));

describe('exponentialSmoothing', () => {
	it('starts with the first number and blends each next one in', () => {
		expect(run([1, 3, 5, 7], 0.5)).toEqual([1, 2, 3.5, 5.25]);
		// pandas: Series([0, 10, 20]).ewm(alpha=0.2, adjust=False).mean() → [0, 2, 5.6]
		const result = run([0, 10, 20], 0.2);
		expect(result[0]).toBe(0);
		expect(result[1]).toBeCloseTo(2, 14);
		expect(result[2]).toBeCloseTo(5.6, 14);
	});

	it('repeats the previous value for NaN and keeps leading NaN', () => {
		expect(run([NaN, 1, 3, NaN, 7], 0.5)).toEqual([NaN, 1, 2, 2, 4.5]);
		// ignore_na=True: the gap does not decay the old value (with ignore_na=False it would weigh 0.25).
		expect(run([1, NaN, 3], 0.5)).toEqual([1, 1, 2]);
		expect(run([NaN, NaN], 0.3)).toEqual([NaN, NaN]);
	});

	it('follows the input exactly with alpha = 1 and keeps a constant series exact', () => {
		expect(run([4, -2, 9], 1)).toEqual([4, -2, 9]);
		expect(run([0.1, 0.1, 0.1], 0.3)).toEqual([0.1, 0.1, 0.1]);
	});

	it('refuses alpha outside (0, 1]', () => {
		for (const alpha of [0, -0.5, 1.01, NaN]) {
			expect(() => exponentialSmoothing([1], alpha)).toThrow(RangeError);
		}
		expect(() => exponentialSmoothing([1], 0)).toThrow('The smoothing factor alpha must be greater than 0 and at most 1, got 0');
	});
});
