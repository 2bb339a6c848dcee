import { decodeLatin1 } from './decodeLatin1';

describe('decodeLatin1', () => {
	it('maps every byte to the code point of the same number', () => {
		const all = Uint8Array.from({ length: 256 }, (_, i) => i);
		const text = decodeLatin1(all);
		expect(text).toHaveLength(256);
		for (let i = 0; i < 256; i++) expect(text.charCodeAt(i)).toBe(i);
	});

	it('decodes inputs longer than one piece', () => {
		const bytes = new Uint8Array(20000).fill(0xe9);
		expect(decodeLatin1(bytes)).toBe('é'.repeat(20000));
	});

	it('decodes nothing to the empty string', () => {
		expect(decodeLatin1(new Uint8Array(0))).toBe('');
	});
});
