import { describeValue } from '../../convert/describeValue';
import { failure, succeed, type ConversionResult } from '../../convert/result';

/**
 * The text a normaliser works on: text as is, and numbers as their decimal digits (a phone
 * number or postcode stored as a number is still the same value). Anything else, including
 * `null` and `undefined`, fails as "not a(n) `kind`": deciding what counts as missing is the
 * caller's job, not the normaliser's.
 *
 * @example
 * valueText(4930123456, 'a phone number'); // { ok: true, value: '4930123456' }
 * valueText(null, 'an email'); // { ok: false, reason: 'null is not an email' }
 */
export function valueText(value: unknown, kind: string): ConversionResult<string> {
	if (typeof value === 'string') return succeed(value);
	if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') return succeed(String(value));
	return failure(`${describeValue(value)} is not ${kind}`);
}
