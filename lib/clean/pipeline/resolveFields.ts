import { toFiniteNumber } from '../stats/toFiniteNumber';
import type { Row } from '../../core/record';
import type { FieldSelection } from './types';

/** Number text that is a code rather than a quantity: a phone number (+49…) or a zero-led code (01067). */
const CODE_LIKE = /^\s*(\+|0\d)/;

/**
 * The field names a selection stands for. Named fields are taken as given. `{ all: 'number' }`
 * is every field (in first-seen order) with at least one non-missing value, all of them numbers
 * or number text; `{ all: 'text' }` is every other field with at least one text value. Text such
 * as `+4930123456` or `01067` reads as a number but is a phone number or a postcode: it makes
 * its field a text field, so "all number fields" never caps or averages it.
 * `exclude` (the issues field, flag fields) is never selected by a shortcut.
 *
 * @example
 * resolveFields([{ a: '1', b: 'x', c: 2 }], { all: 'number' }, isMissing); // ['a', 'c']
 */
export function resolveFields(
	records: Row[],
	selection: FieldSelection,
	isMissing: (value: unknown) => boolean,
	exclude: readonly string[] = [],
): string[] {
	if (Array.isArray(selection)) return selection;
	/** Per field: 1 = numbers so far, 2 = holds text that is not a number, 0 = nothing yet. */
	const kind = new Map<string, number>();
	for (const row of records) {
		for (const key of Object.keys(row)) {
			const value = row[key];
			const seen = kind.get(key) ?? 0;
			if (seen === 2 || isMissing(value)) {
				if (!kind.has(key)) kind.set(key, 0);
				continue;
			}
			if (typeof value === 'number' || (typeof value === 'string' && !CODE_LIKE.test(value) && !Number.isNaN(toFiniteNumber(value)))) {
				kind.set(key, seen === 0 ? 1 : seen);
			} else if (typeof value === 'string' || seen === 1) {
				// Text that is no number, or a non-number (object, boolean) in a numeric field.
				kind.set(key, typeof value === 'string' ? 2 : 3);
			} else {
				kind.set(key, 3);
			}
		}
	}
	const wanted = selection.all === 'number' ? 1 : 2;
	return [...kind].filter(([key, k]) => k === wanted && !exclude.includes(key)).map(([key]) => key);
}
