/**
 * Unicode White_Space (the set Java's `\s` matches with UNICODE_CHARACTER_CLASS, and Guava's
 * `CharMatcher.whitespace()`), so that this and the OpenRefine keyers agree on what a word break is.
 * Unlike JavaScript's `\s` it includes NEL (U+0085) and leaves the byte order mark U+FEFF alone.
 */
const WHITESPACE_RUN = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** Anything {@link collapseWhitespace} would change: non-space whitespace, two spaces, a space at either end. */
const NEEDS_WORK = /[\t-\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]| {2}|^ | $/;

/**
 * Trims the text and turns every run of Unicode whitespace (spaces, tabs, line breaks, no-break
 * space, the U+2000–U+200A spaces, ideographic space and the rest of Unicode's White_Space) into
 * one ASCII space. Zero-width characters such as U+200B and U+FEFF are not whitespace and stay.
 *
 * @example
 * collapseWhitespace('  Jean\u00A0 Luc\t\nPicard '); // 'Jean Luc Picard'
 * collapseWhitespace('Ada Lovelace'); // 'Ada Lovelace' (returned as is)
 */
export function collapseWhitespace(text: string): string {
	// Most values are already clean; one test is cheaper than building a new string.
	if (!NEEDS_WORK.test(text)) return text;
	const collapsed = text.replace(WHITESPACE_RUN, ' ');
	const start = collapsed.charCodeAt(0) === 32 ? 1 : 0;
	const end = collapsed.length > start && collapsed.charCodeAt(collapsed.length - 1) === 32 ? collapsed.length - 1 : collapsed.length;
	return collapsed.slice(start, end);
}
