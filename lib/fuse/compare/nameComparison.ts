import { atThresholds } from './atThresholds';
import type { Comparison, ComparisonLevel } from './comparison';

/**
 * Splink 4's `NameComparison` (splink/internals/comparison_library.py): null, exact match (with
 * term frequencies, as Splink applies them to a plain column), Jaro-Winkler ≥ 0.92, ≥ 0.88,
 * ≥ 0.7, anything else. Splink's optional double-metaphone level is left out. Thresholds can be
 * replaced; they are tried from the highest down.
 *
 * @example
 * nameComparison('surname').levels.map((level) => level.kind);
 * // ['null', 'exact', 'jaroWinkler', 'jaroWinkler', 'jaroWinkler', 'else']
 */
export function nameComparison(field: string, options: { termFrequency?: boolean; thresholds?: number[] } = {}): Comparison {
	const thresholds = [...(options.thresholds ?? [0.92, 0.88, 0.7])].sort((a, b) => b - a);
	return atThresholds(
		field,
		thresholds.map((threshold): ComparisonLevel => ({ kind: 'jaroWinkler', threshold })),
		options.termFrequency ?? true,
	);
}
