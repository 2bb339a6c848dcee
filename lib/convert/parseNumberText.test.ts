import { parseNumberText } from './parseNumberText';

describe('parseNumberText', () => {
	it('reads plain, signed and exponent numbers', () => {
		expect(parseNumberText('42', '.')).toBe(42);
		expect(parseNumberText('-12', '.')).toBe(-12);
		expect(parseNumberText('+12', '.')).toBe(12);
		expect(parseNumberText('\u221212', '.')).toBe(-12);
		expect(parseNumberText('1e3', '.')).toBe(1000);
		expect(parseNumberText('1.5E-3', '.')).toBe(0.0015);
		expect(parseNumberText('1,5e3', ',')).toBe(1500);
		expect(parseNumberText('007', '.')).toBe(7);
	});

	it('reads fractions with the given decimal separator', () => {
		expect(parseNumberText('1234.56', '.')).toBe(1234.56);
		expect(parseNumberText('1234,56', ',')).toBe(1234.56);
		expect(parseNumberText('.5', '.')).toBe(0.5);
		expect(parseNumberText('-,5', ',')).toBe(-0.5);
	});

	it('removes one kind of thousands separator in groups of three', () => {
		expect(parseNumberText('1,234,567.5', '.')).toBe(1234567.5);
		expect(parseNumberText('1.234.567,5', ',')).toBe(1234567.5);
		expect(parseNumberText('1 234 567,5', ',')).toBe(1234567.5);
		expect(parseNumberText('1\u00a0234,5', ',')).toBe(1234.5);
		expect(parseNumberText('1\u202f234,5', ',')).toBe(1234.5);
		expect(parseNumberText("1'234.5", '.')).toBe(1234.5);
		expect(parseNumberText('1\u2019234.5', '.')).toBe(1234.5);
		expect(parseNumberText('-1.234', ',')).toBe(-1234);
	});

	it('has no decimal part when the separator is undefined', () => {
		expect(parseNumberText('1.234.567', undefined)).toBe(1234567);
		expect(parseNumberText('1,234,567', undefined)).toBe(1234567);
	});

	it('refuses text that is not a number written this way', () => {
		for (const [text, decimal] of [
			['', '.'],
			['-', '.'],
			['abc', '.'],
			['1.2.3', ','],
			['1.2.3', '.'],
			['1,23,456', '.'],
			['1234,567', '.'],
			['1,2345', '.'],
			['12,34', '.'],
			['1.234 567', ','],
			['5.', '.'],
			['1e', '.'],
			['1,234e3', '.'],
			['0x1A', '.'],
			['1_000', '.'],
			['--1', '.'],
			['1,5', '.'],
			['1.5', undefined],
			['1 000.5', ' '],
			['١٢', '.'],
		] as Array<[string, string | undefined]>) {
			expect([text, parseNumberText(text, decimal)]).toEqual([text, undefined]);
		}
	});
});
