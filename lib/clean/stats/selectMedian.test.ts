import fc from 'fast-check';
import { selectMedian } from './selectMedian';

const sortedMedian = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

describe('selectMedian', () => {
	it('takes the middle value, or the mean of the two middle values', () => {
		expect(selectMedian(new Float64Array([3, 1, 2]))).toBe(2);
		expect(selectMedian(new Float64Array([4, 1, 3, 2]))).toBe(2.5);
		expect(selectMedian(new Float64Array([7]))).toBe(7);
		expect(selectMedian(new Float64Array([2, 2, 2, 1]))).toBe(2);
	});

	it('is NaN when empty', () => {
		expect(selectMedian(new Float64Array(0))).toBeNaN();
	});

	it('handles sorted, reversed, constant and organ-pipe inputs', () => {
		const ramp = Array.from({ length: 10_001 }, (_, index) => index);
		expect(selectMedian(Float64Array.from(ramp))).toBe(5000);
		expect(selectMedian(Float64Array.from(ramp).reverse())).toBe(5000);
		expect(selectMedian(new Float64Array(10_000).fill(3))).toBe(3);
		const pipe = [...ramp.slice(0, 5000), ...ramp.slice(0, 5000).reverse()];
		expect(selectMedian(Float64Array.from(pipe))).toBe(sortedMedian(pipe));
	});

	it('agrees with sorting, duplicates and long arrays included', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 1500 }), (values) => {
				expect(selectMedian(Float64Array.from(values))).toBe(sortedMedian(values));
			}),
			{ numRuns: 200 },
		);
	});
});
