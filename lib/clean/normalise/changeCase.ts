/**
 * A letter that starts a word: one after anything that is not a letter, mark, digit or
 * apostrophe; one after an apostrophe that opens a quote; and one after the apostrophe of a
 * one-letter prefix such as O', D' or L'. So "o'brien" is "O'Brien" but "don't" is "Don't".
 */
const WORD_START =
	/(?<![\p{L}\p{M}\p{N}'\u2019])\p{L}|(?<=(?:^|[^\p{L}\p{M}\p{N}])['\u2019])\p{L}|(?<=(?:^|[^\p{L}\p{M}\p{N}'\u2019])\p{L}\p{M}*['\u2019])\p{L}/gu;

/** Letters whose title case is neither their upper nor their lower case: the Serbo-Croatian digraphs. */
const TITLE_CASE: Readonly<Record<string, string>> = {
	'\u01C4': '\u01C5',
	'\u01C6': '\u01C5',
	'\u01C7': '\u01C8',
	'\u01C9': '\u01C8',
	'\u01CA': '\u01CB',
	'\u01CC': '\u01CB',
	'\u01F1': '\u01F2',
	'\u01F3': '\u01F2',
};

function titleLetter(letter: string): string {
	const title = TITLE_CASE[letter];
	if (title !== undefined) return title;
	const upper = letter.toUpperCase();
	// 'ß' and ligatures such as 'ﬁ' upper-case to two letters; only the first is a capital.
	return upper.length > 1 && upper.length !== letter.length ? upper[0] + upper.slice(1).toLowerCase() : upper;
}

/**
 * Changes the case of text, the same in every locale (no Turkish dotless i rules):
 * - `lower`, `upper`: every letter (`ß` upper-cases to `SS`);
 * - `title`: the first letter of each word upper case, the rest lower case. A word starts after
 *   whitespace, a hyphen or any other character that is not a letter, mark, digit or apostrophe,
 *   and after the apostrophe of a one-letter prefix. Nothing else is special: "mcdonald" is
 *   "Mcdonald", and "3RD" is "3rd".
 *
 * @example
 * changeCase("o'brien", 'title'); // "O'Brien"
 * changeCase('jean-luc PICARD', 'title'); // 'Jean-Luc Picard'
 * changeCase('ÉMILE ZOLA', 'title'); // 'Émile Zola'
 * changeCase('Straße', 'upper'); // 'STRASSE'
 */
export function changeCase(text: string, mode: 'lower' | 'upper' | 'title'): string {
	switch (mode) {
		case 'lower':
			return text.toLowerCase();
		case 'upper':
			return text.toUpperCase();
		case 'title':
			return text.toLowerCase().replace(WORD_START, titleLetter);
	}
}
