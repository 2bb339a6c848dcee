import { failure, succeed, type ConversionResult } from './result';

/**
 * Characters accepted between groups of thousands. Whatever a locale uses as decimal separator is
 * removed from this list for that locale, so `'.'` groups in `de` and `','` groups in `en`.
 * Space-like and apostrophe separators are never decimal, which is what lets `auto` read
 * `1 234,5` (fr) and `1'234.5` (de-CH) without a locale.
 */
export const GROUP_SEPARATORS: readonly string[] = ['.', ',', ' ', '\u00a0', '\u202f', "'", '\u2019'];

const decimalByLocale = new Map<string, string>();
/** Locales come from node parameters, so few are distinct; the cap only guards against misuse. */
const MAX_CACHED = 200;

/**
 * The decimal separator of a BCP 47 locale, as `Intl.NumberFormat` writes it with Latin digits.
 * A malformed locale tag is a failure; a well-formed but unknown one gets Intl's default (`'.'`).
 *
 * @example
 * decimalSeparatorFor('de-DE'); // { ok: true, value: ',' }
 * decimalSeparatorFor('en'); // { ok: true, value: '.' }
 */
export function decimalSeparatorFor(locale: string): ConversionResult<string> {
	const known = decimalByLocale.get(locale);
	if (known !== undefined) return succeed(known);
	let decimal: string | undefined;
	try {
		decimal = new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
	} catch {
		return failure(`"${locale}" is not a valid locale`);
	}
	if (decimal === undefined) return failure(`locale "${locale}" has no decimal separator`);
	if (decimalByLocale.size >= MAX_CACHED) decimalByLocale.clear();
	decimalByLocale.set(locale, decimal);
	return succeed(decimal);
}
