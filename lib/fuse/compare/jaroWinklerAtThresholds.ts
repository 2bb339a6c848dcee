import { atThresholds } from './atThresholds';
import type { Comparison, ComparisonLevel } from './comparison';

/**
 * Splink's `JaroWinklerAtThresholds`: null, exact match, one level per Jaro-Winkler threshold
 * (similarity ≥ threshold, highest first; default 0.9 and 0.7), anything else.
 *
 * @example
 * jaroWinklerAtThresholds('city').levels;
 * // [{ kind: 'null' }, { kind: 'exact', … }, { kind: 'jaroWinkler', threshold: 0.9 }, { kind: 'jaroWinkler', threshold: 0.7 }, { kind: 'else' }]
 */
export function jaroWinklerAtThresholds(field: string, thresholds: number | number[] = [0.9, 0.7], options: { termFrequency?: boolean } = {}): Comparison {
	const highestFirst = [thresholds].flat().sort((a, b) => b - a);
	return atThresholds(
		field,
		highestFirst.map((threshold): ComparisonLevel => ({ kind: 'jaroWinkler', threshold })),
		options.termFrequency,
	);
}
