import { maximum } from '../stats/maximum';
import { minimum } from '../stats/minimum';
import { quantilesLinear } from '../stats/quantilesLinear';
import { robustScale } from './robustScale';
import { standardScale, type Scale } from './standardScale';

/** How outliers are recognised. Thresholds apply to the absolute score; all bounds are strict. */
export type OutlierRule =
	| { method: 'zScore'; threshold?: number }
	| { method: 'modifiedZScore'; threshold?: number }
	| { method: 'iqr'; k?: number }
	| { method: 'range'; min?: number; max?: number };

const NONE = { low: -Infinity, high: Infinity } as const;

/**
 * The bounds outside which a value is an outlier: `x < low || x > high` (strict, so a value on a
 * bound is kept; NaN is never an outlier). Bounds, rather than a flag per value, let the node
 * say why a value was flagged and apply one rule to many columns cheaply.
 * - `zScore` (threshold 3): mean ± t·sd, sd with ddof = 1; the same as |z| > t up to rounding.
 * - `modifiedZScore` (threshold 3.5): median ± t·MAD/0.6745, the same as |0.6745(x − median)/MAD| > t;
 *   when MAD = 0, 1.253314 × the mean absolute deviation from the median replaces MAD/0.6745
 *   (IBM's fallback, see `robustScale`).
 * - `iqr` (k 1.5): Tukey's fences Q1 − k·IQR and Q3 + k·IQR with type 7 (numpy/pandas) quartiles.
 *   An IQR of 0 keeps its fences at Q1 and Q3, as Tukey's rule does.
 * - `range`: [min, max]; a missing side is unbounded.
 *
 * No value is an outlier (±Infinity) when the spread cannot be estimated (fewer than 2 numbers
 * for `zScore`, none for the others) or when all numbers are equal (spread 0: nothing deviates).
 * Throws a RangeError for a negative or non-finite threshold or k, or a range with min > max.
 *
 * @example
 * outlierBounds([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], { method: 'iqr' }); // { low: -3.5, high: 14.5 }
 */
export function outlierBounds(values: ArrayLike<number>, rule: OutlierRule): { low: number; high: number } {
	switch (rule.method) {
		case 'zScore':
			return scaledBounds(standardScale(values), checkFactor('threshold', rule.threshold ?? 3));
		case 'modifiedZScore':
			return scaledBounds(robustScale(values), checkFactor('threshold', rule.threshold ?? 3.5));
		case 'iqr': {
			const k = checkFactor('k', rule.k ?? 1.5);
			// No numbers (NaN) or all equal: nothing can lie outside.
			if (!(minimum(values) < maximum(values))) return { ...NONE };
			const [q1, q3] = quantilesLinear(values, [0.25, 0.75]);
			const spread = q3 - q1;
			return { low: q1 - k * spread, high: q3 + k * spread };
		}
		case 'range': {
			const low = rule.min ?? -Infinity;
			const high = rule.max ?? Infinity;
			if (Number.isNaN(low) || Number.isNaN(high)) throw new RangeError('The range bounds must be numbers');
			if (low > high) throw new RangeError(`The range minimum (${low}) is greater than its maximum (${high})`);
			return { low, high };
		}
		default: {
			const unknown: never = rule;
			throw new RangeError(`Unknown outlier method ${JSON.stringify((unknown as { method: unknown }).method)}`);
		}
	}
}

function scaledBounds(scale: Scale, threshold: number): { low: number; high: number } {
	if (!(scale.spread > 0)) return { ...NONE };
	const reach = threshold * scale.spread;
	return { low: scale.centre - reach, high: scale.centre + reach };
}

function checkFactor(name: string, value: number): number {
	if (!(Number.isFinite(value) && value >= 0)) {
		throw new RangeError(`The outlier ${name} must be a number of at least 0, got ${value}`);
	}
	return value;
}
