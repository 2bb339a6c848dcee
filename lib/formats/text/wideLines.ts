/** A piece of text, and whether it holds a character above U+00FF. */
export interface TextPiece {
	text: string;
	wide: boolean;
}

/** Finds a character above U+00FF. V8 answers at once, without a scan, for a one-byte string. */
const WIDE = /[\u0100-\uffff]/;
const WIDE_ALL = /[\u0100-\uffff]/g;

/** Whether `text` holds a character above U+00FF. Free for a string V8 stores one byte per character. */
export function hasWideChar(text: string): boolean {
	return WIDE.test(text);
}

/**
 * Copies `text`, which holds no character above U+00FF, into a string V8 stores one byte per
 * character. A slice of a two-byte string stays two-byte however narrow its characters are;
 * Latin-1 maps U+0000–U+00FF to the bytes 0x00–0xFF one to one, so the round trip is exact.
 */
export function narrowCopy(text: string): string {
	return Buffer.from(text, 'latin1').toString('latin1');
}

/**
 * Copies `text` into a string of its own. A slice is a view that keeps the whole string it was
 * cut from alive, and so would every field papaparse cuts from it.
 */
function ownCopy(text: string): string {
	return Buffer.from(text, 'utf16le').toString('utf16le');
}

/**
 * Splits `text` so that the lines holding a character above U+00FF are pieces of their own
 * (`wide`, copied, so they do not keep `text` alive), and the text between them comes out as narrow copies, stored one byte per character.
 *
 * V8 stores a whole string two bytes per character when one of them is above U+00FF, and every
 * slice of it too: one such character in a megabyte of decoded CSV would double the memory of
 * every field cut from it. Lines end at `\n` (so `\r\n` stays whole); in a file broken by lone
 * `\r`, the wide piece runs to the `\n` or the end of `text`. Joined, the pieces are `text`.
 *
 * @example
 * splitWideLines('a\nЖ\nb\n'); // [{ text: 'a\n', wide: false }, { text: 'Ж\n', wide: true }, { text: 'b\n', wide: false }]
 */
export function splitWideLines(text: string): TextPiece[] {
	if (!WIDE.test(text)) return text ? [{ text, wide: false }] : [];
	const pieces: TextPiece[] = [];
	// The whole text in Latin-1 once (wide characters lose their high byte, but only the narrow
	// parts are read back): cheaper than a copy for each of the many parts between wide lines.
	let latin1: Buffer | undefined;
	const narrow = (start: number, end: number) => (latin1 ??= Buffer.from(text, 'latin1')).toString('latin1', start, end);
	let done = 0;
	let wideStart = -1;
	WIDE_ALL.lastIndex = 0;
	for (let match = WIDE_ALL.exec(text); match; match = WIDE_ALL.exec(text)) {
		const start = text.lastIndexOf('\n', match.index) + 1;
		const newline = text.indexOf('\n', match.index);
		const end = newline === -1 ? text.length : newline + 1;
		if (wideStart === -1 || start > done) {
			if (wideStart !== -1) pieces.push({ text: ownCopy(text.slice(wideStart, done)), wide: true });
			if (start > done) pieces.push({ text: narrow(done, start), wide: false });
			wideStart = start;
		}
		done = end;
		// Other wide characters on this line are in the piece already.
		WIDE_ALL.lastIndex = end;
	}
	// The whole text: nothing is kept alive that the caller does not hold.
	const wide = wideStart === 0 && done === text.length ? text : ownCopy(text.slice(wideStart, done));
	pieces.push({ text: wide, wide: true });
	if (done < text.length) pieces.push({ text: narrow(done, text.length), wide: false });
	return pieces;
}
