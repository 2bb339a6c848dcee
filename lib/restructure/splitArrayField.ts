import { setField, type Row } from '../core/record';
import { deletePath } from './deletePath';
import { isPlainObject } from './isPlainObject';
import { readPath } from './readPath';
import { writePath } from './writePath';

export interface SplitArrayFieldOptions {
	/** Copy the row's other fields into every new row. Default `true`. */
	keepOtherFields?: boolean;
	/** Put each element (object or not) under this field (a path) instead of merging it. */
	destinationField?: string;
}

/**
 * Makes one row per element of the array at `field` (a path such as `contact.emails`), the
 * array itself removed. An object element's fields are merged into the row (they win over fields
 * of the same name); any other element is put under `field`. With `destinationField`, every
 * element goes under that field instead.
 *
 * A row is never lost: when there is nothing to split (the field is missing, `null`, `undefined`
 * or an empty array) the row comes back once, unchanged. A value that is not an array is split
 * as a list of one, because XML and form sources write a single repeated element without the
 * list. Nested values are shared with the input, not cloned; the input is never changed.
 *
 * @example
 * splitArrayField({ id: 1, emails: ['a@x.io', 'b@x.io'] }, 'emails');
 * // [{ id: 1, emails: 'a@x.io' }, { id: 1, emails: 'b@x.io' }]
 * splitArrayField({ id: 1, lines: [{ sku: 'A' }] }, 'lines'); // [{ id: 1, sku: 'A' }]
 */
export function splitArrayField(row: Row, field: string, options: SplitArrayFieldOptions = {}): Row[] {
	const keepOtherFields = options.keepOtherFields ?? true;
	const lookup = readPath(row, field);
	if (!lookup.found || lookup.value === null || lookup.value === undefined) return [{ ...row }];
	const elements = Array.isArray(lookup.value) ? lookup.value : [lookup.value];
	if (elements.length === 0) return [{ ...row }];

	const base = keepOtherFields ? deletePath(row, field) : {};
	return elements.map((element) => {
		if (options.destinationField !== undefined) return writePath(base, options.destinationField, element);
		if (!isPlainObject(element)) return writePath(base, field, element);
		const merged: Row = { ...base };
		for (const [key, value] of Object.entries(element)) setField(merged, key, value);
		return merged;
	});
}
