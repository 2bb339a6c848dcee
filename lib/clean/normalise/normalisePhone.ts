import { isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { describeValue } from '../../convert/describeValue';
import { failure, succeed, type ConversionResult } from '../../convert/result';
import { valueText } from './valueText';

export interface PhoneOptions {
	/** ISO 3166-1 alpha-2 code (any case) of the country that numbers without `+` or `00` belong to. */
	defaultCountry?: string;
}

/** What the length check found, as a phrase. `INVALID_COUNTRY` is worded where the caller knows more. */
const LENGTH_PROBLEMS: Readonly<Record<string, string>> = {
	NOT_A_NUMBER: 'it is not a phone number',
	TOO_SHORT: 'it is too short',
	TOO_LONG: 'it is too long',
	INVALID_LENGTH: 'it has the wrong number of digits',
};

/**
 * Normalises a phone number to E.164 (`+4930123456`) with libphonenumber-js and its full
 * metadata, so a number must be valid for its country's numbering plan, not merely the right
 * length. Spaces, dots, dashes, slashes and parentheses (also `+49 (0)30 …`), a `tel:` prefix
 * and a `00` international prefix are understood; with a default country its own international
 * prefix is too (`011 49 …` from the US). A number without `+` or an international prefix is
 * read as a national number of `defaultCountry` and fails without one. Numbers are read as
 * their digits.
 *
 * An extension (`ext. 12`, `x12`, `#12`, `;ext=12`) is dropped and the number succeeds: E.164
 * has no place for it, and the line itself is what matching and dialling need.
 *
 * The text must be the number alone: `Phone: 030 123456` fails. An unknown `defaultCountry` is
 * reported as a failure for every value, as `toDate` does with bad options.
 *
 * @example
 * normalisePhone('030 1234567', { defaultCountry: 'DE' }); // { ok: true, value: '+49301234567' }
 * normalisePhone('0044 20 7946 0958'); // { ok: true, value: '+442079460958' }
 * normalisePhone('(201) 555-0123 ext. 7', { defaultCountry: 'us' }); // { ok: true, value: '+12015550123' }
 * normalisePhone('123', { defaultCountry: 'DE' }); // { ok: false, reason: '"123" is not a valid phone number: it is too short for DE' }
 */
export function normalisePhone(value: unknown, options: PhoneOptions = {}): ConversionResult<string> {
	let country: CountryCode | undefined;
	if (options.defaultCountry !== undefined && options.defaultCountry.trim() !== '') {
		const code = options.defaultCountry.trim().toUpperCase();
		if (!isSupportedCountry(code)) return failure(`default country "${options.defaultCountry}" is not a country code with phone numbers`);
		country = code;
	}
	const text = valueText(value, 'a phone number');
	if (!text.ok) return text;
	let phone = text.value.trim();
	if (/^tel:/i.test(phone)) phone = phone.slice('tel:'.length).trim();

	// `00` is the international prefix of most of the world, but not everywhere (the US dials
	// 011, Australia 0011): with a default country the library first reads the country's own.
	const withPlus = phone.startsWith('00') ? `+${phone.slice(2)}` : undefined;
	const candidates = withPlus === undefined ? [phone] : country === undefined ? [withPlus] : [phone, withPlus];
	let firstParsed: PhoneNumber | undefined;
	for (const candidate of candidates) {
		const parsed = parsePhoneNumberFromString(candidate, { defaultCountry: country, extract: false });
		if (parsed?.isValid()) return succeed(parsed.number);
		if (candidate === candidates[0]) firstParsed = parsed;
	}
	return failure(`${describeValue(value)} is not a valid phone number: ${problem(candidates[0], country, firstParsed)}`);
}

/** Why a number that did not parse to a valid one failed, as a phrase. */
function problem(text: string, country: CountryCode | undefined, parsed: PhoneNumber | undefined): string {
	const length = validatePhoneNumberLength(text, country);
	if (parsed !== undefined) {
		const region = parsed.country ?? `+${parsed.countryCallingCode}`;
		return length !== undefined && length !== 'NOT_A_NUMBER' && length !== 'INVALID_COUNTRY'
			? `${LENGTH_PROBLEMS[length]} for ${region}`
			: `it is not a valid number for ${region}`;
	}
	if (length === 'INVALID_COUNTRY') {
		if (/^\s*\+/.test(text)) return 'its country calling code does not exist';
		return 'it has no country code (+…) and no default country is set';
	}
	return LENGTH_PROBLEMS[length ?? 'NOT_A_NUMBER'];
}
