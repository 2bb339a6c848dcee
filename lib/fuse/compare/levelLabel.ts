import type { ComparisonLevel } from './comparison';

const PART_NAMES = { emailUser: 'email user', emailDomain: 'email domain' } as const;

/**
 * The label shown for a comparison level: its own `label`, or one made from its settings, in
 * the spirit of Splink's `label_for_charts`.
 *
 * @example
 * levelLabel({ kind: 'jaroWinkler', threshold: 0.92 }); // 'Jaro-Winkler >= 0.92'
 * levelLabel({ kind: 'exact', part: 'emailUser' }); // 'Exact match on email user'
 * levelLabel({ kind: 'dateDifference', max: 1, unit: 'month' }); // 'Within 1 month'
 */
export function levelLabel(level: ComparisonLevel): string {
	if (level.label !== undefined && level.label !== '') return level.label;
	const on = 'part' in level && level.part !== undefined ? ` on ${PART_NAMES[level.part]}` : '';
	switch (level.kind) {
		case 'null':
			return level.invalidDatesAsNull ? 'Null or invalid date' : 'Null';
		case 'exact':
			return `Exact match${on}`;
		case 'jaroWinkler':
			return `Jaro-Winkler >= ${level.threshold}${on}`;
		case 'jaro':
			return `Jaro >= ${level.threshold}${on}`;
		case 'jaccard':
			return `Jaccard (${level.q ?? 2}-grams) >= ${level.threshold}${on}`;
		case 'levenshtein':
			return `Levenshtein <= ${level.max}${on}`;
		case 'damerauLevenshtein':
			return `Damerau-Levenshtein <= ${level.max}${on}`;
		case 'numericDifference':
			return level.relative ? `Relative difference <= ${level.max}` : `Difference <= ${level.max}`;
		case 'dateDifference':
			return `Within ${level.max} ${level.unit}${level.max === 1 ? '' : 's'}`;
		case 'swapped':
			return `Swapped with ${level.otherField}`;
		default:
			return 'All other comparisons';
	}
}
