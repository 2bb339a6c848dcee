/** Longest excerpt of a text value quoted in a reason; reasons end up in item data and logs. */
const MAX_QUOTED_CHARS = 40;

/**
 * How a value is named at the start of a failure reason: text in double quotes (shortened),
 * numbers and booleans as written, anything else by its kind.
 *
 * @example
 * `${describeValue('1.2.3')} is not a number`; // '"1.2.3" is not a number'
 * describeValue({ a: 1 }); // 'an object'
 */
export function describeValue(value: unknown): string {
	if (typeof value === 'string') {
		if (value === '') return 'an empty text';
		const excerpt = value.length > MAX_QUOTED_CHARS ? `${value.slice(0, MAX_QUOTED_CHARS)}…` : value;
		return JSON.stringify(excerpt);
	}
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
	if (value === null) return 'null';
	if (value === undefined) return 'undefined';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : 'a date';
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}
