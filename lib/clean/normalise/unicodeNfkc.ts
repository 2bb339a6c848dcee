/** ASCII is its own NFKC form. */
const ASCII = /^[\0-\x7F]*$/;

/**
 * Unicode compatibility normalisation (NFKC): full-width letters and digits become ASCII,
 * ligatures are split, superscripts become digits, and accented letters are composed into one
 * character, so that text that looks alike compares alike.
 *
 * @example
 * unicodeNfkc('ＡＢＣ１２３'); // 'ABC123'
 * unicodeNfkc('ﬁle'); // 'file'
 * unicodeNfkc('e\u0301'); // 'é' (one character)
 */
export function unicodeNfkc(text: string): string {
	// normalize() always builds a new string; ASCII, the common case, is already normal.
	return ASCII.test(text) ? text : text.normalize('NFKC');
}
