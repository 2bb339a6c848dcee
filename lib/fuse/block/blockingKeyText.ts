import { missingMatcher } from '../../clean/missing/missingMatcher';
import { collapseWhitespace } from '../../clean/normalise/collapseWhitespace';
import { fingerprint } from '../../clean/normalise/fingerprint';
import { stableText } from '../../clean/dedupe/stableText';
import { soundex } from '../compare/soundex';
import type { BlockingTransform } from './blockingRule';

const isMissing = missingMatcher();

/**
 * The text a blocking key compares for one value, or `undefined` when the value is missing
 * (`null`, `undefined`, `NaN`, `''`, whitespace) or nothing is left of it after the transform
 * (`'---'` has no digits, `'42'` no Soundex): such a record is in no block of the rule, as
 * Splink drops null join keys, instead of sharing one huge "empty" block.
 *
 * Text is used as is, numbers, bigints and booleans as their text, dates as their ISO instant and
 * other objects as their {@link stableText}. See {@link BlockingTransform} for the transforms;
 * `n` is the length for `firstN`, counted in characters (code points), not UTF-16 units.
 *
 * @example
 * blockingKeyText('  Van  Der Berg ', 'lower'); // 'van der berg'
 * blockingKeyText('Robert', 'soundex'); // 'R163'
 * blockingKeyText('+49 (30) 1234-56', 'digits'); // '4930123456'
 * blockingKeyText('   ', 'exact'); // undefined
 */
export function blockingKeyText(value: unknown, transform: BlockingTransform = 'exact', n = 0): string | undefined {
	if (isMissing(value)) return undefined;
	const text = valueText(value);
	let key: string;
	switch (transform) {
		case 'exact':
			key = text;
			break;
		case 'lower':
			key = collapseWhitespace(text.toLowerCase());
			break;
		case 'firstN':
			key = firstCharacters(collapseWhitespace(text.toLowerCase()), n);
			break;
		case 'soundex':
			key = soundex(text);
			break;
		case 'fingerprint':
			key = fingerprint(text);
			break;
		case 'digits':
			key = text.replace(NOT_DIGIT, '');
			break;
		default:
			throw new Error(`unknown blocking transform ${JSON.stringify(transform)}`);
	}
	return key === '' ? undefined : key;
}

const NOT_DIGIT = /[^0-9]+/g;

function valueText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
	return stableText(value);
}

/** The first `n` code points of `text`: a surrogate pair is one character and is never cut in half. */
function firstCharacters(text: string, n: number): string {
	if (text.length <= n) return text;
	let end = 0;
	for (let count = 0; count < n && end < text.length; count++) {
		const code = text.charCodeAt(end);
		end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
	}
	return text.slice(0, end);
}
