import type { Comparison } from './comparison';

/**
 * Splink 4's `DateOfBirthComparison` with its defaults (splink/internals/comparison_library.py):
 * null (also a value that is not a readable date, Splink's `invalid_dates_as_null=True`), exact
 * match on the text, Damerau-Levenshtein ≤ 1 on the text (a typo or swapped digits), elapsed time
 * within 1 month, within 1 year, within 10 years, anything else. Dates are read as ISO
 * `YYYY-MM-DD`, FEBRL `YYYYMMDD` or `Date` objects; a month is 365.25 / 12 days.
 *
 * @example
 * dateOfBirthComparison('date_of_birth').levels.map((level) => level.kind);
 * // ['null', 'exact', 'damerauLevenshtein', 'dateDifference', 'dateDifference', 'dateDifference', 'else']
 */
export function dateOfBirthComparison(field: string, options: { invalidDatesAsNull?: boolean } = {}): Comparison {
	return {
		field,
		levels: [
			{ kind: 'null', invalidDatesAsNull: options.invalidDatesAsNull ?? true },
			{ kind: 'exact', label: 'Exact match on date of birth' },
			{ kind: 'damerauLevenshtein', max: 1 },
			{ kind: 'dateDifference', max: 1, unit: 'month' },
			{ kind: 'dateDifference', max: 1, unit: 'year' },
			{ kind: 'dateDifference', max: 10, unit: 'year' },
			{ kind: 'else' },
		],
	};
}
