import fc from 'fast-check';
import { movingMedian } from './movingMedian';

const run = (values: number[], window: number, centred?: boolean) => Array.from(movingMedian(values, window, centred));

const medianOf = (numbers: number[]) => {
	const sorted = [...numbers].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** pandas' definition spelled out: every window from scratch (FixedWindowIndexer bounds). */
const byDefinition = (values: number[], window: number, centred: boolean) =>
	values.map((_, index) => {
		const end = index + 1 + (centred ? (window - 1) >> 1 : 0);
		return medianOf(values.slice(Math.max(0, end - window), Math.min(values.length, end)).filter((value) => !Number.isNaN(value)));
	});

describe('movingMedian', () => {
	it('takes the median of trailing windows with min_periods=1', () => {
		expect(run([1, 9, 2, 8, 3], 3)).toEqual([1, 5, 2, 8, 3]);
	});

	it('centres windows as pandas center=True', () => {
		expect(run([1, 9, 2, 8, 3], 3, true)).toEqual([5, 2, 8, 3, 5.5]);
		// Window 4 around i covers i − 2 … i + 1.
		expect(run([1, 9, 2, 8, 3], 4, true)).toEqual([5, 2, 5, 5.5, 3]);
	});

	it('skips NaN and gives NaN where a window holds no number', () => {
		expect(run([1, NaN, 3, NaN, NaN, 7], 2)).toEqual([1, 1, 3, 3, NaN, 7]);
		expect(run([NaN], 3)).toEqual([NaN]);
		expect(run([], 3)).toEqual([]);
	});

	it('removes a spike that a moving average would smear', () => {
		expect(run([1, 1, 100, 1, 1], 3, true)).toEqual([1, 1, 1, 1, 1]);
	});

	it('handles windows longer than the data', () => {
		expect(run([3, 1, 2], 10)).toEqual([3, 2, 2]);
		expect(run([3, 1, 2], 10, true)).toEqual([2, 2, 2]);
	});

	it('refuses a bad window', () => {
		expect(() => movingMedian([1], -2)).toThrow(RangeError);
	});

	it('agrees with taking the median of every window from scratch', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant(NaN)), { maxLength: 80 }),
				fc.integer({ min: 1, max: 15 }),
				fc.boolean(),
				(values, window, centred) => {
					expect(run(values, window, centred)).toEqual(byDefinition(values, window, centred));
				},
			),
		);
	});
});
