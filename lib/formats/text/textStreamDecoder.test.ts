import fc from 'fast-check';
import { FormatError } from '../../core/formatError';
import { TextStreamDecoder } from './textStreamDecoder';
import type { DecodeOptions } from './types';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Decodes `bytes` cut into pieces at the given offsets. */
function decodeInPieces(bytes: Uint8Array, cuts: number[], options?: DecodeOptions): string {
	const decoder = new TextStreamDecoder(options);
	let text = '';
	let start = 0;
	for (const cut of [...cuts].sort((a, b) => a - b)) {
		text += decoder.write(bytes.subarray(start, cut));
		start = cut;
	}
	return text + decoder.write(bytes.subarray(start)) + decoder.end();
}

function errorOf(run: () => unknown): FormatError {
	try {
		run();
	} catch (error) {
		if (error instanceof FormatError) return error;
		throw error;
	}
	throw new Error('expected a FormatError');
}

describe('TextStreamDecoder', () => {
	it('puts a character split between chunks together, wherever the cut falls', () => {
		const text = 'a€b😀c\u00e9\nd';
		const bytes = utf8(text);
		for (let cut = 0; cut <= bytes.length; cut++) expect(decodeInPieces(bytes, [cut])).toBe(text);
	});

	it('decodes any text cut anywhere, in UTF-8 and UTF-16LE', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.array(fc.nat({ max: 200 }), { maxLength: 6 }), (text, cuts) => {
				const bytes = utf8(text);
				const inRange = cuts.map((c) => c % (bytes.length + 1));
				expect(decodeInPieces(bytes, inRange)).toBe(text);
				const utf16 = new Uint8Array(Buffer.from(text, 'utf16le'));
				const inRange16 = cuts.map((c) => c % (utf16.length + 1));
				expect(decodeInPieces(utf16, inRange16, { encoding: 'utf-16le' })).toBe(text);
			}),
		);
	});

	it('drops a UTF-8 byte order mark, even when it arrives a byte at a time', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x62]);
		expect(decodeInPieces(bytes, [])).toBe('ab');
		expect(decodeInPieces(bytes, [1, 2, 3, 4])).toBe('ab');
		expect(decodeInPieces(bytes, [], { encoding: 'utf-8' })).toBe('ab');
	});

	it('recognises UTF-16LE by its byte order mark and drops the mark', () => {
		const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xac, 0x20]);
		expect(decodeInPieces(bytes, [1])).toBe('a€');
		expect(decodeInPieces(bytes, [], { encoding: 'utf-16le' })).toBe('a€');
	});

	it('decodes inputs shorter than a byte order mark', () => {
		expect(decodeInPieces(new Uint8Array([0x61]), [])).toBe('a');
		expect(decodeInPieces(new Uint8Array([]), [])).toBe('');
		expect(decodeInPieces(new Uint8Array([0xc3, 0xa9]), [1])).toBe('é');
	});

	it('tells latin1 from windows-1252 on 0x80-0x9F', () => {
		const bytes = new Uint8Array([0x80, 0x93, 0xe9]);
		expect(decodeInPieces(bytes, [1], { encoding: 'latin1' })).toBe('\u0080\u0093é');
		expect(decodeInPieces(bytes, [1], { encoding: 'windows-1252' })).toBe('€“é');
	});

	it('names the line and byte offset of an invalid byte', () => {
		const bytes = new Uint8Array([...utf8('id\nname\r\nx'), 0xff, 0x61]);
		const error = errorOf(() => decodeInPieces(bytes, []));
		expect(error.location.line).toBe(3);
		expect(error.message).toBe('Invalid UTF-8 byte 0xFF, byte offset 10 (line 3)');
	});

	it('names the same place whatever the chunking', () => {
		const bytes = new Uint8Array([...utf8('a\nbé\n€'), 0xe2, 0x82, 0x41, ...utf8('\nz')]);
		for (let cut = 0; cut <= bytes.length; cut++) {
			for (let cut2 = cut; cut2 <= bytes.length; cut2 += 3) {
				const error = errorOf(() => decodeInPieces(bytes, [cut, cut2]));
				expect(error.location.line).toBe(3);
				expect(error.message).toContain('byte offset 9');
			}
		}
	});

	it('names an incomplete character at the end', () => {
		const bytes = new Uint8Array([...utf8('a\nb'), 0xe2, 0x82]);
		const error = errorOf(() => decodeInPieces(bytes, [4]));
		expect(error.message).toBe('Incomplete UTF-8 character at the end of the input, byte offset 3 (line 2)');
	});

	it('names a lone UTF-16 surrogate', () => {
		const bytes = new Uint8Array([0x61, 0x00, 0x0a, 0x00, 0x00, 0xdc, 0x62, 0x00]);
		for (let cut = 0; cut <= bytes.length; cut++) {
			const error = errorOf(() => decodeInPieces(bytes, [cut], { encoding: 'utf-16le' }));
			expect(error.message).toBe('Invalid UTF-16LE byte 0x00, byte offset 4 (line 2)');
		}
		const highAtEnd = new Uint8Array([0x61, 0x00, 0x3d, 0xd8]);
		expect(errorOf(() => decodeInPieces(highAtEnd, [3], { encoding: 'utf-16le' })).message).toContain(
			'Incomplete UTF-16LE character at the end of the input, byte offset 2',
		);
	});

	it("puts U+FFFD for invalid bytes with invalid: 'replace'", () => {
		const bytes = new Uint8Array([0x61, 0xff, 0x62, 0xe2, 0x82]);
		expect(decodeInPieces(bytes, [2], { invalid: 'replace' })).toBe('a\uFFFDb\uFFFD');
	});
});
