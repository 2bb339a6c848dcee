import { decodeWindows1252 } from './decodeWindows1252';

describe('decodeWindows1252', () => {
	it('maps 0x80-0x9F by the WHATWG table', () => {
		expect(decodeWindows1252(new Uint8Array([0x80, 0x20, 0x93, 0x61, 0x94, 0x99]))).toBe('€ “a”™');
	});

	it('agrees with the WHATWG decoder on every byte', () => {
		const all = Uint8Array.from({ length: 256 }, (_, i) => i);
		// TextDecoder's stream mode uses the full table (its whole-input mode does not in Node 20).
		const expected = new TextDecoder('windows-1252').decode(all, { stream: true });
		expect(decodeWindows1252(all)).toBe(expected);
		expect(expected.charAt(0x80)).toBe('€');
	});

	it('leaves ASCII and Latin-1 letters alone', () => {
		expect(decodeWindows1252(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe('café');
	});
});
