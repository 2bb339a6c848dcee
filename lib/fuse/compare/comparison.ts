/**
 * Comparisons declared as data, in the style of Splink's comparison library: a comparison names a
 * field and an ordered list of levels; the first level that holds for a pair of records is the
 * pair's level for that comparison. The model (lib/fuse/model) learns one m and u per level.
 */

/**
 * Which part of the text a level compares: the whole value (default), or the user name (before
 * the first `@`, the whole text if there is none) or domain (after the last `@`) of an email, as
 * Splink's `EmailComparison` extracts them with `^[^@]+` and `@([^@]+)$`. A value without that
 * part fails the level.
 */
export type TextPart = 'emailUser' | 'emailDomain';

/**
 * One level of a {@link Comparison}. Similarities hold when `similarity >= threshold`, distances and
 * differences when `distance <= max` (inclusive, as Splink's SQL `>=` / `<=`).
 */
export type ComparisonLevel =
	/**
	 * Either value missing: a neutral level (the model gives it weight 0). Must come first if
	 * present. `invalidDatesAsNull` also counts values that are not readable dates as missing
	 * (Splink's `invalid_dates_as_null`, on by default in its `DateOfBirthComparison`).
	 */
	| { kind: 'null'; label?: string; invalidDatesAsNull?: boolean }
	/** Equal normalised values. `termFrequency` asks the model for Splink's term-frequency adjustment. */
	| { kind: 'exact'; label?: string; termFrequency?: boolean; part?: TextPart }
	/** Jaro-Winkler or Jaro similarity (0..1) at least `threshold`. */
	| { kind: 'jaroWinkler' | 'jaro'; threshold: number; label?: string; part?: TextPart }
	/** Jaccard similarity of q-gram sets (default q = 2; q = 1 is DuckDB's/Splink's `jaccard`) at least `threshold`. */
	| { kind: 'jaccard'; threshold: number; q?: number; label?: string; part?: TextPart }
	/** Edit distance at most `max`. */
	| { kind: 'levenshtein' | 'damerauLevenshtein'; max: number; label?: string; part?: TextPart }
	/** `|a − b|` at most `max`; with `relative`, `|a − b| / max(|a|, |b|)` at most `max`. */
	| { kind: 'numericDifference'; max: number; relative?: boolean; label?: string }
	/**
	 * Absolute elapsed time at most `max` units, as Splink's `AbsoluteDateDifferenceLevel`:
	 * month = 365.25 / 12 = 30.4375 days, year = 365.25 days.
	 */
	| { kind: 'dateDifference'; max: number; unit: 'day' | 'month' | 'year'; label?: string }
	/** Values swapped between two fields: a.field = b.otherField and a.otherField = b.field (name swaps). */
	| { kind: 'swapped'; otherField: string; label?: string }
	/** Always holds: everything not caught by an earlier level. */
	| { kind: 'else'; label?: string };

/** The `kind`s a {@link ComparisonLevel} may have. */
export type ComparisonLevelKind = ComparisonLevel['kind'];

/** One comparison: a field and its ordered levels. */
export interface Comparison {
	/** Shown in outputs and error messages; defaults to `field`. */
	name?: string;
	/** The record field compared. */
	field: string;
	/** Tried in order; without a final `else`, one is added. */
	levels: ComparisonLevel[];
	/** Text is lower-cased and trimmed before comparing (default true). */
	normalise?: boolean;
}

/**
 * A comparison prepared for one set of records by `compileComparison`: every record's value is
 * read and pre-processed once, so that `level(i, j)` allocates nothing.
 */
export interface CompiledComparison {
	name: string;
	field: string;
	/** The levels, including the implicit final `else`. */
	levels: ComparisonLevel[];
	/** One label per level: the level's own, or a generated one such as `'Jaro-Winkler >= 0.92'`. */
	labels: string[];
	/** Index of the `null` level, or -1 if there is none. */
	nullLevel: number;
	/** The level index for records `i` and `j` (indices into the records compiled). */
	level(i: number, j: number): number;
	/** The normalised exact value of record `i`, for term frequencies; `undefined` if missing. */
	valueKey(i: number): string | undefined;
}
