import { fieldReader, type Row } from '../../core/record';
import { fingerprint } from '../normalise/fingerprint';
import { stableText } from './stableText';

/** How key fields are compared: as they are, or by their OpenRefine fingerprint. */
export type DedupeKeyMode = 'exact' | 'fingerprint';

/** Between field texts: neither quoted JSON nor a fingerprint (controls are removed) can contain it. */
const SEPARATOR = '\u0000';

/** `null`, `undefined` and text that is empty or only whitespace (as `String.prototype.trim` sees it, like `missingMatcher`). */
function isBlank(value: unknown): boolean {
	return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function exactText(value: unknown): string {
	return isBlank(value) ? '' : stableText(value);
}

function fingerprintText(value: unknown): string {
	if (isBlank(value)) return '';
	if (typeof value === 'string') return fingerprint(value);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : fingerprint(value.toISOString());
	if (typeof value === 'object') return fingerprint(stableText(value));
	return fingerprint(String(value));
}

/**
 * Builds the function that gives a record's duplicate key from some of its fields, for
 * {@link dedupeRecords}. Records with equal keys are duplicates.
 * - `exact`: values must be equal as data: `1` and `'1'` differ, objects are compared by content
 *   whatever their key order (see {@link stableText}), `'Tom'` and `'tom'` differ.
 * - `fingerprint`: values are compared by {@link fingerprint} of their text (numbers as their
 *   decimal text), so `'Cruise, Tom'` and `'tom cruise'` agree. A value whose fingerprint is empty
 *   (only punctuation, such as `'-'`) is treated as missing.
 *
 * Missing values (`null`, `undefined`, `''`, whitespace) are all equal to each other. When every
 * key field of a record is missing the key is `undefined`: such a record is never a duplicate.
 * Fields are read as own properties unless `readField` says otherwise (for example dotted paths).
 *
 * @example
 * const key = dedupeKey(['name', 'city'], 'fingerprint');
 * key({ name: 'Cruise, Tom', city: 'Berlin' }) === key({ name: 'tom cruise', city: 'BERLIN ' }); // true
 * key({ name: '', city: null }); // undefined
 */
export function dedupeKey(
	fields: string[],
	mode: DedupeKeyMode,
	readField?: (record: Row, field: string) => unknown,
): (record: Row) => string | undefined {
	if (fields.length === 0) throw new RangeError('a duplicate key needs at least one field');
	const readers = fields.map((field) => (readField ? (record: Row) => readField(record, field) : fieldReader(field)));
	const textOf = mode === 'exact' ? exactText : fingerprintText;
	return (record) => {
		let key = '';
		let present = false;
		for (let i = 0; i < readers.length; i++) {
			// Every non-missing value has non-empty text, so an empty text means missing.
			const text = textOf(readers[i](record));
			if (text !== '') present = true;
			key = i === 0 ? text : key + SEPARATOR + text;
		}
		return present ? key : undefined;
	};
}
