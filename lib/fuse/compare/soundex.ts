import { foldAccents } from '../../clean/normalise/foldAccents';

/**
 * Soundex digit per letter A–Z: 0 for vowels and Y (they separate equal codes), -1 for H and W
 * (they do not separate: "Ashcraft" is A261, not A226), 1–6 for the consonant groups.
 */
const CODES = new Int8Array([
	// A  B  C  D  E  F  G  H   I  J  K  L  M  N  O  P  Q  R  S  T  U  V  W   X  Y  Z
	0, 1, 2, 3, 0, 1, 2, -1, 0, 2, 2, 4, 5, 5, 0, 1, 2, 6, 2, 3, 0, 1, -1, 2, 0, 2,
]);

/** Output buffer: the first letter and three digits. */
const out = new Uint16Array(4);

/**
 * American Soundex (the US census rules, as jellyfish and Splink's phonetic blocking use): the
 * first letter, then up to three digits for the consonant groups that follow, padded with `0`.
 * Equal codes next to each other, or separated only by H or W, count once; a vowel between them
 * makes them count twice. The first letter's own code counts too (`Pfister` → `P236`).
 *
 * Accents are folded first (`Müller` reads as `Muller`); characters that are not ASCII letters
 * are ignored entirely (`O'Hara` → `O600`). Text without any letter gives `''`, so a blocking
 * key built from it is missing rather than a shared bogus code.
 *
 * @example
 * soundex('Robert'); // 'R163'
 * soundex('Tymczak'); // 'T522'
 * soundex('Ashcraft'); // 'A261'
 * soundex('42'); // ''
 */
export function soundex(text: string): string {
	const folded = foldAccents(text);
	let length = 0;
	let last = 0;
	for (let i = 0; i < folded.length && length < 4; i++) {
		let c = folded.charCodeAt(i);
		if (c >= 97 && c <= 122) c -= 32;
		if (c < 65 || c > 90) continue;
		const code = CODES[c - 65];
		if (length === 0) {
			out[0] = c;
			length = 1;
			last = code;
			continue;
		}
		if (code === -1) continue;
		if (code === 0) {
			last = 0;
			continue;
		}
		if (code !== last) out[length++] = 48 + code;
		last = code;
	}
	if (length === 0) return '';
	while (length < 4) out[length++] = 48;
	return String.fromCharCode(out[0], out[1], out[2], out[3]);
}
