import { foldAccents } from '../../clean/normalise/foldAccents';

/** Letters after which C reads as S (code 8) rather than K. */
const C_AFTER_S = new Set(['S', 'Z']);
/** Letters before which C reads as K (code 4) at the start of a word. */
const C_HARD_AT_START = new Set(['A', 'H', 'K', 'L', 'O', 'Q', 'R', 'U', 'X']);
/** Letters before which C reads as K (code 4) inside a word. */
const C_HARD_INSIDE = new Set(['A', 'H', 'K', 'O', 'Q', 'U', 'X']);

/**
 * Kölner Phonetik (Postel, 1969): a German phonetic code of digits, so that "Meyer", "Maier" and
 * "Mayr" get the same key. Letters are coded by the usual table (vowels, J, Y → 0; B, P → 1;
 * D, T → 2; F, V, W, PH → 3; G, K, Q, hard C → 4; X → 48; L → 5; M, N → 6; R → 7; S, Z, soft C,
 * D/T before C/S/Z, X after C/K/Q → 8; H → nothing); then repeated digits collapse to one and
 * every 0 but a leading one is dropped.
 *
 * Umlauts and other accents are folded first (ä → a, ß → ss). Anything that is not an ASCII
 * letter separates words: a word's first letter is its "start" for the C rules, and the letters
 * around a separator are not each other's neighbours; repeated digits still collapse across
 * words, as in the reference "Guten Morgen" → 426746. Text without letters gives ''.
 *
 * @example
 * colognePhonetic('Guten Morgen'); // '426746'
 * colognePhonetic('Müller-Lüdenscheidt'); // '65752682'
 * colognePhonetic('Meyer') === colognePhonetic('Mayr'); // true ('67')
 */
export function colognePhonetic(text: string): string {
	const letters = foldAccents(text).toUpperCase();
	let digits = '';
	let last = '';
	const push = (digit: string): void => {
		if (digit !== last) digits += digit;
		last = digit;
	};
	for (let i = 0; i < letters.length; i++) {
		const letter = letters[i];
		if (!isLetter(letter)) continue;
		const before = i > 0 && isLetter(letters[i - 1]) ? letters[i - 1] : '';
		const after = i + 1 < letters.length && isLetter(letters[i + 1]) ? letters[i + 1] : '';
		switch (letter) {
			case 'A':
			case 'E':
			case 'I':
			case 'J':
			case 'O':
			case 'U':
			case 'Y':
				push('0');
				break;
			case 'H':
				break;
			case 'B':
				push('1');
				break;
			case 'P':
				push(after === 'H' ? '3' : '1');
				break;
			case 'D':
			case 'T':
				push(after === 'C' || after === 'S' || after === 'Z' ? '8' : '2');
				break;
			case 'F':
			case 'V':
			case 'W':
				push('3');
				break;
			case 'G':
			case 'K':
			case 'Q':
				push('4');
				break;
			case 'C':
				if (before === '') push(C_HARD_AT_START.has(after) ? '4' : '8');
				else push(C_HARD_INSIDE.has(after) && !C_AFTER_S.has(before) ? '4' : '8');
				break;
			case 'X':
				if (before === 'C' || before === 'K' || before === 'Q') push('8');
				else {
					push('4');
					push('8');
				}
				break;
			case 'L':
				push('5');
				break;
			case 'M':
			case 'N':
				push('6');
				break;
			case 'R':
				push('7');
				break;
			default:
				// S and Z
				push('8');
		}
	}
	if (digits === '') return '';
	return digits[0] + digits.slice(1).replace(/0/g, '');
}

function isLetter(character: string): boolean {
	return character >= 'A' && character <= 'Z';
}
