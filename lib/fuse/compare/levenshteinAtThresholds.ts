import { atThresholds } from './atThresholds';
import type { Comparison, ComparisonLevel } from './comparison';

/**
 * Splink's `LevenshteinAtThresholds`: null, exact match, one level per distance threshold
 * (distance ≤ threshold, smallest first; default 1 and 2), anything else.
 *
 * @example
 * levenshteinAtThresholds('address_1', [1, 3]).levels.map((level) => level.kind);
 * // ['null', 'exact', 'levenshtein', 'levenshtein', 'else']
 */
export function levenshteinAtThresholds(field: string, thresholds: number | number[] = [1, 2], options: { termFrequency?: boolean } = {}): Comparison {
	const smallestFirst = [thresholds].flat().sort((a, b) => a - b);
	return atThresholds(field, smallestFirst.map((max): ComparisonLevel => ({ kind: 'levenshtein', max })), options.termFrequency);
}
