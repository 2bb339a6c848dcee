import type { MissingSpec } from '../missing/missingMatcher';
import type { OutlierRule } from '../outliers/outlierBounds';
import type { ValidationRule } from '../validate/validateRecords';
import type { DedupeKeep } from '../dedupe/dedupeRecords';

/**
 * Which fields a step works on: named fields, or every field whose values are numbers (or
 * number text), or every other field holding text. Fields are top-level names; nested objects
 * can be flattened to dotted names first (Convert Format → Restructure → Flatten).
 */
export type FieldSelection = string[] | { all: 'number' | 'text' };

/** Missing-value handling, pandas-style: drop the record, or fill the gap. */
export interface MissingStep {
	step: 'missing';
	fields: FieldSelection;
	action: 'drop' | 'constant' | 'mean' | 'median' | 'mode' | 'min' | 'max' | 'forwardFill' | 'backFill' | 'interpolate';
	/** The constant for `constant`. */
	value?: unknown;
	/** At most this many consecutive gaps filled by `forwardFill` / `backFill` (pandas `limit`). */
	limit?: number;
	/** Records are taken in this field's order for forward/back fill and interpolation. */
	orderBy?: string;
	/** Statistics and fills are computed within each value of this field (a customer, a segment). */
	groupBy?: string;
}

/** Outlier detection (a rule giving fences) and what to do with the values outside them. */
export interface OutlierStep {
	step: 'outliers';
	fields: FieldSelection;
	rule: OutlierRule;
	/** `flag` only lists the fields in `flagField` of the record. */
	action: 'remove' | 'cap' | 'mean' | 'median' | 'flag';
	/** Field listing the fields with an outlier, for `flag`; default `_outliers`. */
	flagField?: string;
	groupBy?: string;
}

/** Smoothing of a numeric series taken in `orderBy` order. */
export interface SmoothStep {
	step: 'smooth';
	fields: FieldSelection;
	method: 'movingAverage' | 'movingMedian' | 'exponential';
	window?: number;
	centred?: boolean;
	alpha?: number;
	orderBy?: string;
	groupBy?: string;
	/** The smoothed value goes to `<field><suffix>`; empty (default) replaces the value. */
	outputSuffix?: string;
}

export type TextNormaliser =
	| 'whitespace'
	| 'lower'
	| 'upper'
	| 'title'
	| 'nfkc'
	| 'foldAccents'
	| 'email'
	| 'phone'
	| 'date'
	| 'country'
	| 'url'
	| 'company'
	| 'fingerprint';

/** Text normalisation of each value; normalisers that check syntax can find a value invalid. */
export interface NormaliseStep {
	step: 'normalise';
	fields: FieldSelection;
	normaliser: TextNormaliser;
	/** email: correct common domain typos (gmial.com) instead of reporting them. */
	fixTypos?: boolean;
	/** phone: ISO 3166 alpha-2 country of numbers written without a country code. */
	defaultCountry?: string;
	/** date: input formats tried in order (`dd.MM.yyyy`, `MM/dd/yyyy`, `ISO`). */
	inputFormats?: string[];
	/** date: `date` (yyyy-MM-dd, default), `dateTime` (ISO 8601 with offset) or a pattern. */
	output?: string;
	/** company: `standardise` (default) the legal form's spelling, or `strip` it. */
	suffix?: 'strip' | 'standardise';
	/** The result goes to this field (single-field steps only); default: the field itself. */
	outputField?: string;
	/**
	 * A value the normaliser cannot read: `keep` it (default) and note it, set it to `null`,
	 * route the record to the invalid list, or `fail` the whole run with a RecordError.
	 */
	onInvalid?: 'keep' | 'empty' | 'invalid' | 'fail';
}

/** Validation rules; records breaking one go to the invalid list with their issues. */
export interface ValidateStep {
	step: 'validate';
	rules: ValidationRule[];
	/** Keep invalid records in the output (with the issues field) instead of routing them apart. */
	keepInvalid?: boolean;
}

/** De-duplication on exact or fingerprinted key fields (all fields when none are named). */
export interface DedupeStep {
	step: 'dedupe';
	fields?: string[];
	mode: 'exact' | 'fingerprint';
	keep: DedupeKeep;
}

export type CleanStep = MissingStep | OutlierStep | SmoothStep | NormaliseStep | ValidateStep | DedupeStep;

export interface CleanOptions {
	/** What counts as missing, besides null and absent fields. */
	missing?: MissingSpec;
	/** A value that is not a number in a numeric step: treat it as `missing` (default) or `fail`. */
	nonNumeric?: 'missing' | 'fail';
	/** Field holding a record's list of issues (validation and invalid values); default `_validation`. */
	issuesField?: string;
	/**
	 * Count the distinct values of each reported field in the output. Off by default: it costs a
	 * hash set per field, about a quarter of a run over a million records.
	 */
	distinct?: boolean;
}

/** One entry of a record's issues list, the same shape for validation rules and normalisers. */
export interface RecordIssue {
	field: string;
	rule: string;
	value: unknown;
	message: string;
}

/** What the steps did to one field. */
export interface FieldReport {
	/** Records that had the field checked (records in, for the first step touching it). */
	count: number;
	missingBefore: number;
	missingAfter: number;
	filled: number;
	outliersFound: number;
	outliersHandled: number;
	/** Values a smoothing step changed. */
	smoothed: number;
	/** Values a normaliser changed. */
	normalised: number;
	/** Values a normaliser or a validation rule found invalid. */
	invalid: number;
	/** Distinct non-missing values in the output, when asked for (`distinct` option). */
	distinct?: number;
}

export interface QualityReport {
	recordsIn: number;
	recordsOut: number;
	/** Records dropped on purpose: missing values (`drop`) and outliers (`remove`). */
	dropped: number;
	duplicatesRemoved: number;
	/** Records routed to the invalid list. */
	invalid: number;
	fields: Record<string, FieldReport>;
}

export interface CleanResult {
	/** The clean records (copies where changed; untouched records are the input objects). */
	records: Record<string, unknown>[];
	/** For each clean record, the index of the input record it came from. */
	sources: number[];
	/** Records routed apart as invalid, with their input index and issues (also in the issues field). */
	invalid: Array<{ record: Record<string, unknown>; source: number; issues: RecordIssue[] }>;
	report: QualityReport;
}
