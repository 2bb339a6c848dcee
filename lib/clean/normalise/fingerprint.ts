import { fingerprintText } from './fingerprintText';

/** A single lower-case ASCII word: its fingerprint is itself. */
const PLAIN_WORD = /^[a-z0-9]+$/;

/**
 * OpenRefine's fingerprint key, for clustering values that differ only in case, accents,
 * punctuation, spacing or word order: trim, lower-case, fold accents ({@link foldAccents}), remove
 * punctuation and control characters, split on whitespace, sort the words (by UTF-16 code unit,
 * as Java does), drop repeated words and join them with one space.
 *
 * One deliberate difference: OpenRefine keeps an empty first word when punctuation at the start
 * is followed by a space (`", a"` gives `" a"`); here empty words are always dropped, so the key
 * never starts with a space and `fingerprint(fingerprint(x)) === fingerprint(x)`.
 *
 * @example
 * fingerprint('Cruise, Tom'); // 'cruise tom'
 * fingerprint('Tom  CRUISE'); // 'cruise tom'
 * fingerprint('Ägypten GmbH'); // 'agypten gmbh'
 */
export function fingerprint(text: string): string {
	if (PLAIN_WORD.test(text)) return text;
	const words = fingerprintText(text);
	if (words === '' || !words.includes(' ')) return words;
	const count = splitWords(words);
	if (count > 16) {
		const sorted = WORDS.splice(0, count).sort();
		return sorted.filter((word, i) => i === 0 || word !== sorted[i - 1]).join(' ');
	}
	// Values mostly have a few words: an insertion sort with `<` (UTF-16 order, like Java's
	// compareTo) beats Array.prototype.sort on them.
	let reordered = false;
	for (let i = 1; i < count; i++) {
		const word = WORDS[i];
		let j = i - 1;
		while (j >= 0 && WORDS[j] > word) {
			WORDS[j + 1] = WORDS[j];
			j--;
		}
		if (j !== i - 1) reordered = true;
		WORDS[j + 1] = word;
	}
	let key = WORDS[0];
	for (let i = 1; i < count; i++) {
		if (WORDS[i] === WORDS[i - 1]) reordered = true;
		else key += ' ' + WORDS[i];
	}
	// Already sorted and distinct: the text is its own key, no need for the new string.
	return reordered ? key : words;
}

/** Scratch list of words, reused between calls: one array less per value. */
const WORDS: string[] = [];

/** Puts the words of `text` (separated by single spaces) into {@link WORDS}; returns how many. */
function splitWords(text: string): number {
	let count = 0;
	let start = 0;
	for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', start)) {
		WORDS[count++] = text.slice(start, space);
		start = space + 1;
	}
	WORDS[count++] = text.slice(start);
	return count;
}
