import { decodeWindows1252 } from './decodeWindows1252';

describe('decodeWindows1252', () => {
	it('maps 0x80-0x9F by the WHATWG table', () => {
		expect(decodeWindows1252(new Uint8Array([0x80, 0x20, 0x93, 0x61, 0x94, 0x99]))).toBe('€ “a”™');
	});

	it('follows the WHATWG index for 0x80-0x9F and Latin-1 elsewhere', () => {
		// index-windows-1252.txt of the WHATWG Encoding Standard, pointers 0-31 (bytes 0x80-0x9F).
		const index = [
			8364, 129, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 141, 381, 143, 144, 8216, 8217, 8220, 8221, 8226,
			8211, 8212, 732, 8482, 353, 8250, 339, 157, 382, 376,
		];
		const text = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
		for (let byte = 0; byte < 256; byte++) {
			const expected = byte >= 0x80 && byte <= 0x9f ? index[byte - 0x80] : byte;
			expect(text.codePointAt(byte)).toBe(expected);
		}
	});

	it('leaves ASCII and Latin-1 letters alone', () => {
		expect(decodeWindows1252(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe('café');
	});
});
