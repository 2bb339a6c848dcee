import { unicodeNfkc } from './unicodeNfkc';

describe('unicodeNfkc', () => {
	it.each([
		['ＡＢＣ１２３', 'ABC123'],
		['ﬁle', 'file'],
		['e\u0301', '\u00E9'],
		['x²', 'x2'],
		['Ⅳ', 'IV'],
		['ｶﾀｶﾅ', 'カタカナ'],
		['a\u00A0b', 'a b'],
		['', ''],
	])('%j → %j', (input, expected) => {
		expect(unicodeNfkc(input)).toBe(expected);
	});

	it('returns ASCII unchanged', () => {
		const text = 'Plain ASCII, 42!';
		expect(unicodeNfkc(text)).toBe(text);
	});
});
