import { collapseWhitespace } from './collapseWhitespace';
import { foldAccents } from './foldAccents';

/**
 * OpenRefine's `punctctrl`: Java's `\p{Punct}` under UNICODE_CHARACTER_CLASS, which is Unicode
 * punctuation `\p{P}` (so `$ + < = > | ~` and other symbols stay), plus the C0 and C1 controls
 * that are not whitespace (TAB, LF, VT, FF, CR and NEL remain as word breaks).
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const PUNCTUATION_AND_CONTROLS = /[\p{P}\0-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]+/gu;

/** Printable ASCII and the whitespace controls: nothing to fold, and no Unicode rules needed. */
const PRINTABLE_ASCII = /^[\t-\r -~]*$/;

/**
 * The ASCII part of {@link PUNCTUATION_AND_CONTROLS}, plus `^` and `` ` ``, which are not
 * punctuation but modifier symbols that accent folding removes. Symbols `$ + < = > | ~` stay.
 */
const ASCII_PUNCTUATION = /[!-#%-*,-/:;?@[-`{}]+/g;

/**
 * The normalisation shared by OpenRefine's fingerprint and n-gram fingerprint keyers, before they
 * split the text: lower-case, fold accents ({@link foldAccents}), remove punctuation and control
 * characters. Whitespace is then collapsed, so the words are separated by single spaces.
 *
 * @example
 * fingerprintText('  Cruise,\tTOM  '); // 'cruise tom'
 * fingerprintText('Ägypten (GmbH)'); // 'agypten gmbh'
 */
export function fingerprintText(text: string): string {
	if (PRINTABLE_ASCII.test(text)) return collapseWhitespace(text.toLowerCase().replace(ASCII_PUNCTUATION, ''));
	return collapseWhitespace(foldAccents(text.toLowerCase()).replace(PUNCTUATION_AND_CONTROLS, ''));
}
