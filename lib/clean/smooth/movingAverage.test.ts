import fc from 'fast-check';
import { movingAverage } from './movingAverage';

const run = (values: number[], window: number, centred?: boolean) => Array.from(movingAverage(values, window, centred));

/** pandas' definition spelled out: every window from scratch (FixedWindowIndexer bounds). */
const byDefinition = (values: number[], window: number, centred: boolean) =>
	values.map((_, index) => {
		const end = index + 1 + (centred ? (window - 1) >> 1 : 0);
		const numbers = values.slice(Math.max(0, end - window), Math.min(values.length, end)).filter((value) => !Number.isNaN(value));
		return numbers.length === 0 ? NaN : numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
	});

describe('movingAverage', () => {
	it('averages trailing windows with min_periods=1', () => {
		// pandas: Series([1, 2, 3, 4, 5]).rolling(3, min_periods=1).mean()
		expect(run([1, 2, 3, 4, 5], 3)).toEqual([1, 1.5, 2, 3, 4]);
	});

	it('centres windows as pandas center=True, extra value on the left for even windows', () => {
		expect(run([1, 2, 3, 4, 5], 3, true)).toEqual([1.5, 2, 3, 4, 4.5]);
		// Window 4 around i covers i − 2 … i + 1.
		expect(run([1, 2, 3, 4, 5], 4, true)).toEqual([1.5, 2, 2.5, 3.5, 4]);
	});

	it('skips NaN and gives NaN where a window holds no number', () => {
		expect(run([1, NaN, 3, NaN, NaN, NaN, 7], 2)).toEqual([1, 1, 3, 3, NaN, NaN, 7]);
		expect(run([NaN, NaN], 5)).toEqual([NaN, NaN]);
		expect(run([], 3)).toEqual([]);
	});

	it('gives equal values exactly, as pandas', () => {
		expect(run([0.1, 0.1, 0.1, 0.1], 3)).toEqual([0.1, 0.1, 0.1, 0.1]);
		// The last window holds only 0.1s after 5 has left: 0.1 exactly, no residue of the 5.
		const result = run([5, 0.1, 0.1, 0.1], 3);
		expect(result[2]).toBeCloseTo(5.2 / 3, 14);
		expect(result[3]).toBe(0.1);
	});

	it('recovers after an infinity leaves the window', () => {
		expect(run([1, Infinity, 3, 5, 7], 2)).toEqual([1, Infinity, Infinity, 4, 6]);
		expect(run([Infinity, -Infinity, 2], 2)).toEqual([Infinity, NaN, -Infinity]);
	});

	it('is the identity with window 1', () => {
		expect(run([3, NaN, -2], 1)).toEqual([3, NaN, -2]);
	});

	it('refuses a bad window', () => {
		expect(() => movingAverage([1], 0)).toThrow(RangeError);
		expect(() => movingAverage([1], 1.5)).toThrow('The window must be a whole number of at least 1, got 1.5');
	});

	it('agrees with averaging every window from scratch', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(NaN)), { maxLength: 60 }),
				fc.integer({ min: 1, max: 12 }),
				fc.boolean(),
				(values, window, centred) => {
					const actual = movingAverage(values, window, centred);
					byDefinition(values, window, centred).forEach((expected, index) => {
						if (Number.isNaN(expected)) expect(actual[index]).toBeNaN();
						else expect(Math.abs(actual[index] - expected)).toBeLessThanOrEqual(1e-6);
					});
				},
			),
		);
	});
});
