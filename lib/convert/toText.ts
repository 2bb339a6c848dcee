import { describeValue } from './describeValue';
import { failure, succeed, type ConversionResult } from './result';

/**
 * Converts a value to text: text passes, numbers and booleans as JavaScript writes them,
 * `null` and `undefined` become `''`, a date its ISO 8601 UTC form, objects and lists compact
 * JSON (dates inside as ISO). Fails for an invalid date, an object that cannot be JSON (it
 * contains itself or a BigInt), and functions or symbols.
 *
 * @example
 * toText({ a: [1, 2] }); // { ok: true, value: '{"a":[1,2]}' }
 * toText(null); // { ok: true, value: '' }
 * toText(new Date(0)); // { ok: true, value: '1970-01-01T00:00:00.000Z' }
 */
export function toText(value: unknown): ConversionResult<string> {
	if (typeof value === 'string') return succeed(value);
	if (value === null || value === undefined) return succeed('');
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return succeed(String(value));
	if (value instanceof Date) {
		return Number.isNaN(value.getTime()) ? failure('an invalid date cannot be written as text') : succeed(value.toISOString());
	}
	if (typeof value === 'object') {
		try {
			return succeed(JSON.stringify(value));
		} catch {
			return failure(`${describeValue(value)} that contains itself or a BigInt cannot be written as text`);
		}
	}
	return failure(`${describeValue(value)} cannot be written as text`);
}
