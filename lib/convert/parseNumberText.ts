import { GROUP_SEPARATORS } from './numberSeparators';

const SIGNS = new Set(['+', '-', '\u2212']);

/**
 * Reads trimmed number text given its decimal separator (`undefined`: the text has none), or
 * returns `undefined` when the text is not a number written that way. Accepted: an optional sign
 * (`+`, `-` or the minus sign `−`), digits grouped by threes with one kind of
 * {@link GROUP_SEPARATORS} (`1.234.567`), a fraction (`,5`; `.5` alone is fine, `5.` is not), or an
 * exponent (`1e3`, `1,5e-3`) on ungrouped digits. Grouping is strict so a typo such as `1.2.3`
 * is refused rather than read as 123; the Indian 2-digit grouping (`1,23,456`) is not accepted.
 * The result may be infinite for huge exponents; the caller decides what that means.
 *
 * @example
 * parseNumberText('1.234,5', ','); // 1234.5
 * parseNumberText('1.2.3', ','); // undefined
 */
export function parseNumberText(text: string, decimal: string | undefined): number | undefined {
	let rest = text;
	let negative = false;
	if (SIGNS.has(rest[0])) {
		negative = rest[0] !== '+';
		rest = rest.slice(1);
	}
	const exponentMatch = /[eE]([+\-\u2212]?\d+)$/.exec(rest);
	const exponent = exponentMatch ? exponentMatch[1].replace('\u2212', '-') : undefined;
	const mantissa = exponentMatch ? rest.slice(0, exponentMatch.index) : rest;

	const parts = decimal === undefined ? [mantissa] : mantissa.split(decimal);
	if (parts.length > 2) return undefined;
	const [integerText, fraction] = parts;
	if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
	const integer = ungroup(integerText, decimal, exponent === undefined);
	if (integer === undefined || (integer === '' && fraction === undefined)) return undefined;

	const normalised = `${negative ? '-' : ''}${integer || '0'}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`;
	return Number(normalised);
}

/** The integer digits without group separators, or `undefined` if the grouping is not valid. */
function ungroup(integerText: string, decimal: string | undefined, groupingAllowed: boolean): string | undefined {
	if (/^\d*$/.test(integerText)) return integerText;
	if (!groupingAllowed) return undefined;
	const separator = integerText.replace(/\d/g, '')[0];
	if (!GROUP_SEPARATORS.includes(separator) || separator === decimal) return undefined;
	const groups = integerText.split(separator);
	const wellGrouped = /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((group) => /^\d{3}$/.test(group));
	return wellGrouped ? groups.join('') : undefined;
}
