import { toFiniteNumber } from './toFiniteNumber';

describe('toFiniteNumber', () => {
	it('passes finite numbers and refuses NaN and infinities', () => {
		expect(toFiniteNumber(12.5)).toBe(12.5);
		expect(toFiniteNumber(-0)).toBe(-0);
		expect(toFiniteNumber(NaN)).toBeNaN();
		expect(toFiniteNumber(Infinity)).toBeNaN();
		expect(toFiniteNumber(-Infinity)).toBeNaN();
	});

	it('reads trimmed plain decimal text', () => {
		expect(toFiniteNumber(' 12.5 ')).toBe(12.5);
		expect(toFiniteNumber('-3')).toBe(-3);
		expect(toFiniteNumber('+4')).toBe(4);
		expect(toFiniteNumber('.5')).toBe(0.5);
		expect(toFiniteNumber('5.')).toBe(5);
		expect(toFiniteNumber('1e3')).toBe(1000);
		expect(toFiniteNumber('2.5E-1')).toBe(0.25);
		expect(toFiniteNumber('\t007\n')).toBe(7);
	});

	it('refuses text that Number() would read but is not a plain decimal', () => {
		for (const text of ['', '   ', '0x10', '0b1', 'Infinity', '-Infinity', 'NaN', '1_000', '1e', 'e3', '.', '-', '1e999']) {
			expect([text, toFiniteNumber(text)]).toEqual([text, NaN]);
		}
	});

	it('refuses grouped and comma-decimal text, which depends on the locale', () => {
		expect(toFiniteNumber('1,234')).toBeNaN();
		expect(toFiniteNumber('1.234,5')).toBeNaN();
		expect(toFiniteNumber('12,5')).toBeNaN();
		expect(toFiniteNumber('1 234')).toBeNaN();
		expect(toFiniteNumber('12 €')).toBeNaN();
	});

	it('does not read booleans, null, dates or lists as numbers', () => {
		expect(toFiniteNumber(true)).toBeNaN();
		expect(toFiniteNumber(false)).toBeNaN();
		expect(toFiniteNumber(null)).toBeNaN();
		expect(toFiniteNumber(undefined)).toBeNaN();
		expect(toFiniteNumber(new Date(0))).toBeNaN();
		expect(toFiniteNumber([1])).toBeNaN();
		expect(toFiniteNumber(BigInt(1))).toBeNaN();
	});
});
