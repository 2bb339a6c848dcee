import { describeValue } from './describeValue';
import { decimalSeparatorFor } from './numberSeparators';
import { parseNumberText } from './parseNumberText';
import { failure, succeed, type ConversionResult } from './result';

export interface NumberOptions {
	/**
	 * How text numbers are written: a BCP 47 locale such as `'en'`, `'de'`, `'fr'`, `'de-CH'`
	 * (only its decimal separator matters), or `'auto'` (default) to decide per value.
	 */
	locale?: string;
}

/**
 * Converts a number or number text to a finite number. Text is trimmed and must be a plain
 * number: no currency, unit, percent sign or accounting parentheses.
 *
 * With a locale, its decimal separator is the only one allowed; the other separators of
 * `. , ' ’`, space, no-break space and narrow no-break space group thousands, in groups of
 * three (`1.234.567,89` in `de`; `1,234,567.89` or `1'234.5` in `en`). So `"1,5"` fails in `en`.
 *
 * With `'auto'`, the decimal separator is decided per value:
 * - both `.` and `,` appear: the last one is the decimal separator (`1.234,5`, `1,234.5`);
 * - one of them appears more than once: it groups thousands (`1.234.567`);
 * - one of them appears once: it is the decimal separator (`12,5`, `0.125`, `1234.567`,
 *   `1 234,567`), except when the value reads equally well either way, that is 1–3 digits not
 *   starting with 0, the separator, exactly 3 digits, and nothing else (`1,234`, `12.500`): such a
 *   value fails as ambiguous instead of being guessed; give a locale to read it.
 *
 * Numbers pass if finite; NaN, ±Infinity, booleans, null and everything else fail.
 *
 * @example
 * toNumber('1.234,56', { locale: 'de' }); // { ok: true, value: 1234.56 }
 * toNumber('1,234.56'); // { ok: true, value: 1234.56 }
 * toNumber('1,234'); // { ok: false, reason: '"1,234" is ambiguous: … set a locale' }
 * toNumber('1.2.3', { locale: 'de-DE' }); // { ok: false, reason: '"1.2.3" is not a number in locale de-DE' }
 */
export function toNumber(value: unknown, options: NumberOptions = {}): ConversionResult<number> {
	if (typeof value === 'number') {
		return Number.isFinite(value) ? succeed(value) : failure(`${describeValue(value)} is not a finite number`);
	}
	if (typeof value !== 'string') return failure(`${describeValue(value)} is not a number`);

	const locale = options.locale ?? 'auto';
	const text = value.trim();
	let decimal: string | undefined;
	if (locale === 'auto') {
		const detected = detectDecimalSeparator(text);
		if (detected === 'ambiguous') {
			return failure(`${describeValue(value)} is ambiguous: "${text.match(/[.,]/)?.[0]}" may separate thousands or decimals; set a locale`);
		}
		decimal = detected;
	} else {
		const separator = decimalSeparatorFor(locale);
		if (!separator.ok) return separator;
		decimal = separator.value;
	}

	const number = parseNumberText(text, decimal);
	if (number === undefined) return failure(`${describeValue(value)} is not a number${locale === 'auto' ? '' : ` in locale ${locale}`}`);
	if (!Number.isFinite(number)) return failure(`${describeValue(value)} is too large to be a number`);
	return succeed(number);
}

/** The `auto` rule of {@link toNumber}: which of `.` and `,` is the decimal separator, if any. */
function detectDecimalSeparator(text: string): string | undefined | 'ambiguous' {
	const hasExponent = /\d[eE][+\-\u2212]?\d+$/.test(text);
	const mantissa = text.replace(/^[+\-\u2212]/, '').replace(/[eE][+\-\u2212]?\d+$/, '');
	const lastDot = mantissa.lastIndexOf('.');
	const lastComma = mantissa.lastIndexOf(',');
	if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
	const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
	if (separator === undefined) return undefined;
	const parts = mantissa.split(separator);
	if (parts.length > 2) return undefined;
	if (hasExponent) return separator;
	const [integer, fraction] = parts;
	// Only digits around one separator: `1,234` is a thousand or a bit more than one.
	return /^[1-9]\d{0,2}$/.test(integer) && /^\d{3}$/.test(fraction) ? 'ambiguous' : separator;
}
