import { modifiedZScores } from './modifiedZScores';
import { outlierBounds, type OutlierRule } from './outlierBounds';

const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
const flagged = (values: number[], rule: OutlierRule) => {
	const { low, high } = outlierBounds(values, rule);
	return values.filter((value) => value < low || value > high);
};

describe('outlierBounds', () => {
	it('puts Tukey fences at (−3.5, 14.5) with type 7 quartiles and flags 100', () => {
		expect(outlierBounds(x, { method: 'iqr' })).toEqual({ low: -3.5, high: 14.5 });
		expect(flagged(x, { method: 'iqr' })).toEqual([100]);
		// k = 3, "far out": 3.25 − 13.5 and 7.75 + 13.5.
		expect(outlierBounds(x, { method: 'iqr', k: 3 })).toEqual({ low: -10.25, high: 21.25 });
	});

	it('does not flag 100 by z-score at 3 (|z| = 2.836 with ddof = 1), but does at 2.5', () => {
		const bounds = outlierBounds(x, { method: 'zScore' });
		expect(bounds.low).toBeCloseTo(14.5 - 3 * 30.15239, 3);
		expect(bounds.high).toBeCloseTo(14.5 + 3 * 30.15239, 3);
		expect(flagged(x, { method: 'zScore' })).toEqual([]);
		expect(flagged(x, { method: 'zScore', threshold: 2.5 })).toEqual([100]);
	});

	it('flags 100 by modified z-score (25.5 > 3.5)', () => {
		const bounds = outlierBounds(x, { method: 'modifiedZScore' });
		expect(bounds.low).toBeCloseTo(5.5 - (3.5 * 2.5) / 0.6745, 10);
		expect(bounds.high).toBeCloseTo(5.5 + (3.5 * 2.5) / 0.6745, 10);
		expect(flagged(x, { method: 'modifiedZScore' })).toEqual([100]);
	});

	it('agrees with the modified z-scores it explains', () => {
		const values = [5, 5, 5, 5, 5, 6, 100, 3, -40];
		const scores = modifiedZScores(values);
		const byScore = values.filter((_, index) => Math.abs(scores[index]) > 3.5);
		expect(flagged(values, { method: 'modifiedZScore' })).toEqual(byScore);
	});

	it('guards MAD = 0 with the mean absolute deviation, so a lone far value is still flagged', () => {
		const values = [5, 5, 5, 5, 5, 6, 100];
		const reach = (3.5 * 1.253314 * 96) / 7;
		const bounds = outlierBounds(values, { method: 'modifiedZScore' });
		expect(bounds.low).toBeCloseTo(5 - reach, 10);
		expect(bounds.high).toBeCloseTo(5 + reach, 10);
		expect(flagged(values, { method: 'modifiedZScore' })).toEqual([100]);
	});

	it('flags nothing when all numbers are equal or there are too few', () => {
		const none = { low: -Infinity, high: Infinity };
		for (const method of ['zScore', 'modifiedZScore', 'iqr'] as const) {
			expect([method, outlierBounds([4, 4, NaN, 4], { method })]).toEqual([method, none]);
			expect([method, outlierBounds([], { method })]).toEqual([method, none]);
		}
		expect(outlierBounds([4], { method: 'zScore' })).toEqual(none);
	});

	it('skips NaN: it neither moves the bounds nor is flagged', () => {
		const withGaps = [NaN, ...x.slice(0, 5), NaN, ...x.slice(5)];
		for (const rule of [{ method: 'iqr' }, { method: 'zScore' }, { method: 'modifiedZScore' }] as OutlierRule[]) {
			expect(outlierBounds(withGaps, rule)).toEqual(outlierBounds(x, rule));
		}
		expect(flagged(withGaps, { method: 'iqr' })).toEqual([100]);
	});

	it('keeps values on a bound: the comparison is strict', () => {
		// Q1 = 2, Q3 = 4, IQR = 2: fences (−1, 7); 7 is on the fence.
		expect(outlierBounds([1, 2, 3, 4, 5, 7, 0, 2, 4], { method: 'iqr' })).toEqual({ low: -1, high: 7 });
		expect(flagged([1, 2, 3, 4, 5, 7, 0, 2, 4], { method: 'iqr' })).toEqual([]);
	});

	it('uses a range as given, unbounded where a side is missing', () => {
		expect(outlierBounds(x, { method: 'range', min: 0, max: 10 })).toEqual({ low: 0, high: 10 });
		expect(outlierBounds(x, { method: 'range', max: 10 })).toEqual({ low: -Infinity, high: 10 });
		expect(outlierBounds([], { method: 'range' })).toEqual({ low: -Infinity, high: Infinity });
		expect(flagged(x, { method: 'range', min: 2, max: 9 })).toEqual([1, 100]);
	});

	it('refuses negative or non-finite factors and an inverted range', () => {
		expect(() => outlierBounds(x, { method: 'zScore', threshold: -1 })).toThrow('The outlier threshold must be a number of at least 0, got -1');
		expect(() => outlierBounds(x, { method: 'iqr', k: NaN })).toThrow(RangeError);
		expect(() => outlierBounds(x, { method: 'modifiedZScore', threshold: Infinity })).toThrow(RangeError);
		expect(() => outlierBounds(x, { method: 'range', min: 5, max: 1 })).toThrow('The range minimum (5) is greater than its maximum (1)');
		expect(() => outlierBounds(x, { method: 'range', min: NaN })).toThrow(RangeError);
		expect(() => outlierBounds(x, { method: 'mad' } as never)).toThrow('Unknown outlier method "mad"');
	});
});
