/** The JSON types a `type` rule checks, plus `integer` and `date` (a `Date` or ISO 8601 text). */
export type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array' | 'object';

/**
 * One check on one field, in the spirit of Great Expectations' column expectations. Only
 * `required` looks at missing values; every other rule lets them pass.
 */
export type ValidationRule =
	| { field: string; rule: 'required' }
	| { field: string; rule: 'type'; type: ValueType }
	| { field: string; rule: 'regex'; pattern: string; flags?: string }
	| {
			field: string;
			rule: 'min' | 'max';
			/** A number, or ISO 8601 date text to compare dates. Numeric text is read as a number. */
			limit: number | string;
			/** Exclude the limit itself (GX `strict_min` / `strict_max`). Default `false`. */
			exclusive?: boolean;
			/** How date values are written, for a date limit; as `toDate` takes them. Default `['ISO']`. */
			inputFormats?: string[];
	  }
	| { field: string; rule: 'minLength' | 'maxLength'; limit: number }
	| { field: string; rule: 'oneOf'; values: unknown[]; caseSensitive?: boolean }
	| { field: string; rule: 'email' }
	| { field: string; rule: 'phone'; defaultCountry?: string }
	| { field: string; rule: 'date'; inputFormats: string[] }
	| { field: string; rule: 'unique' };

/** A rule a record's value broke. `message` is short and leaves out the field and value: `must be at most 100`. */
export interface ValidationIssue {
	field: string;
	rule: string;
	value: unknown;
	message: string;
}
