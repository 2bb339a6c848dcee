import { isSupportedCountry } from 'libphonenumber-js/max';
import { stableText } from '../../clean/dedupe/stableText';
import { collapseWhitespace } from '../../clean/normalise/collapseWhitespace';
import { normaliseEmail } from '../../clean/normalise/normaliseEmail';
import { normalisePhone } from '../../clean/normalise/normalisePhone';
import { isMissing } from './isMissing';

export type JoinKeyNormalisation = 'none' | 'case' | 'whitespace' | 'email' | 'phone';

/**
 * Builds the function that turns one join key value into the text two rows must share to join,
 * or `undefined` for a missing value, which never joins (SQL's NULL). Text and numbers (read as
 * their digits, so `42` joins `'42'`) are normalised:
 * - `none`: compared as data, as `stableText` does: `42` and `'42'` differ, `'Ann'` and `'ann'` too;
 * - `case`: trimmed and lower-cased;
 * - `whitespace`: trimmed, inner whitespace runs collapsed to one space;
 * - `email`: `normaliseEmail`'s address, or the trimmed lower-cased text when it is not valid;
 * - `phone`: `normalisePhone`'s E.164 number with `defaultCountry`, or the digits alone when it is
 *   not valid (no digits: missing).
 * Other values (booleans, objects) are compared as data in every mode. Throws for an unknown mode
 * or a `defaultCountry` that has no phone numbers.
 *
 * @example
 * joinKeyNormaliser('case')(' Ann@X.io '); // 'ann@x.io'
 * joinKeyNormaliser('phone', 'DE')('030 1234567'); // '+49301234567'
 * joinKeyNormaliser('none')('  '); // undefined
 */
export function joinKeyNormaliser(mode: JoinKeyNormalisation = 'none', defaultCountry?: string): (value: unknown) => string | undefined {
	const text = textNormaliser(mode, defaultCountry);
	return (value) => {
		if (isMissing(value)) return undefined;
		if (text === undefined || !(typeof value === 'string' || typeof value === 'bigint' || (typeof value === 'number' && Number.isFinite(value)))) {
			return stableText(value);
		}
		const normalised = text(String(value));
		return normalised === '' ? undefined : normalised;
	};
}

function textNormaliser(mode: JoinKeyNormalisation, defaultCountry: string | undefined): ((text: string) => string) | undefined {
	switch (mode) {
		case 'none':
			return undefined;
		case 'case':
			return (text) => text.trim().toLowerCase();
		case 'whitespace':
			return collapseWhitespace;
		case 'email':
			return (text) => {
				const email = normaliseEmail(text);
				return email.ok ? email.value : text.trim().toLowerCase();
			};
		case 'phone': {
			const country = defaultCountry?.trim();
			if (country !== undefined && country !== '' && !isSupportedCountry(country.toUpperCase())) {
				throw new Error(`The default country "${defaultCountry}" is not a country code with phone numbers`);
			}
			return (text) => {
				const phone = normalisePhone(text, { defaultCountry: country });
				return phone.ok ? phone.value : text.replace(/\D+/g, '');
			};
		}
		default:
			throw new Error(`Unknown join key normalisation "${String(mode)}"; use none, case, whitespace, email or phone`);
	}
}
