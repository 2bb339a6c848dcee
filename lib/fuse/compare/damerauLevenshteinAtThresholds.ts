import { atThresholds } from './atThresholds';
import type { Comparison, ComparisonLevel } from './comparison';

/**
 * Splink's `DamerauLevenshteinAtThresholds`: null, exact match, one level per distance threshold
 * (distance ≤ threshold, smallest first; default 1 and 2), anything else. Splink's FEBRL4 model
 * uses it for `soc_sec_id` and, with term frequencies, for `postcode`.
 *
 * @example
 * damerauLevenshteinAtThresholds('postcode', [1, 2], { termFrequency: true }).levels.map((level) => level.kind);
 * // ['null', 'exact', 'damerauLevenshtein', 'damerauLevenshtein', 'else']
 */
export function damerauLevenshteinAtThresholds(
	field: string,
	thresholds: number | number[] = [1, 2],
	options: { termFrequency?: boolean } = {},
): Comparison {
	const smallestFirst = [thresholds].flat().sort((a, b) => a - b);
	return atThresholds(field, smallestFirst.map((max): ComparisonLevel => ({ kind: 'damerauLevenshtein', max })), options.termFrequency);
}
