import fc from 'fast-check';
import { serialize } from 'node:v8';
import { hasWideChar, narrowCopy, splitWideLines } from './wideLines';

/**
 * Whether V8 stores `text` one byte per character. JavaScript cannot ask directly, but the
 * structured-clone serializer writes a one-byte string with tag '"' and a two-byte one with 'c'
 * (after padding bytes 0x00), from the string's own storage.
 */
function isOneByte(text: string): boolean {
	const bytes = serialize(text);
	let i = 2; // version header
	while (bytes[i] === 0) i++;
	return bytes[i] === 0x22;
}

const unit = fc.constantFrom('a', ',', '"', '\n', '\r', 'é', 'ÿ', 'Ā', '€', '中', '😀');

describe('splitWideLines', () => {
	it('reads representation as the tests below assume', () => {
		expect(isOneByte('abcdefghijklmnopé')).toBe(true);
		expect(isOneByte('abcdefghijklmnop€')).toBe(false);
		expect(isOneByte('abcdefghijklmnop€'.slice(0, 16))).toBe(false);
	});

	it('puts the lines holding a character above U+00FF apart, the rest stored one byte per character', () => {
		const text = 'id,name\n1,Anna\n2,Łukasz\n3,Zoë\n4,中\n5,Ana\n6,Ann';
		const pieces = splitWideLines(text);
		expect(pieces).toEqual([
			{ text: 'id,name\n1,Anna\n', wide: false },
			{ text: '2,Łukasz\n', wide: true },
			{ text: '3,Zoë\n', wide: false },
			{ text: '4,中\n', wide: true },
			{ text: '5,Ana\n6,Ann', wide: false },
		]);
		for (const piece of pieces) expect(isOneByte(piece.text)).toBe(!piece.wide);
	});

	it('keeps a text without wide characters whole, and gives nothing for empty text', () => {
		expect(splitWideLines('a\nb')).toEqual([{ text: 'a\nb', wide: false }]);
		expect(splitWideLines('')).toEqual([]);
		expect(splitWideLines('€')).toEqual([{ text: '€', wide: true }]);
	});

	it('splits any text into pieces that join back to it, wide exactly where a line has a wide character', () => {
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
				const pieces = splitWideLines(text);
				expect(pieces.map((p) => p.text).join('')).toBe(text);
				for (let i = 0; i < pieces.length; i++) {
					const { text: piece, wide } = pieces[i];
					expect(piece).not.toBe('');
					expect(hasWideChar(piece)).toBe(wide);
					// A text without wide characters comes back as it is, however it is stored.
					if (hasWideChar(text)) expect(isOneByte(piece)).toBe(!wide);
					if (i > 0) expect(pieces[i - 1].wide).not.toBe(wide);
					// A narrow piece ends where a wide line starts, after a \n.
					if (!wide && i + 1 < pieces.length) expect(piece.endsWith('\n')).toBe(true);
					if (wide && i + 1 < pieces.length) expect(piece.endsWith('\n')).toBe(true);
				}
			}),
			{ numRuns: 500 },
		);
	});

	it('copies narrow text into one-byte storage exactly', () => {
		const all = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)).join('');
		const wideSlice = (all + '€').slice(0, 256);
		expect(isOneByte(wideSlice)).toBe(false);
		const copy = narrowCopy(wideSlice);
		expect(copy).toBe(all);
		expect(isOneByte(copy)).toBe(true);
	});
});
