import { toNumber } from './toNumber';

const value = (input: unknown, locale?: string) => {
	const result = toNumber(input, { locale });
	return result.ok ? result.value : result.reason;
};

describe('toNumber', () => {
	it('passes finite numbers and refuses NaN and Infinity', () => {
		expect(toNumber(12.5)).toEqual({ ok: true, value: 12.5 });
		expect(toNumber(NaN)).toEqual({ ok: false, reason: 'NaN is not a finite number' });
		expect(toNumber(Infinity)).toEqual({ ok: false, reason: 'Infinity is not a finite number' });
		expect(toNumber(-Infinity).ok).toBe(false);
	});

	it('refuses values that are neither numbers nor text', () => {
		expect(value(true)).toBe('true is not a number');
		expect(value(null)).toBe('null is not a number');
		expect(value(undefined)).toBe('undefined is not a number');
		expect(value({})).toBe('an object is not a number');
		expect(value([1])).toBe('a list is not a number');
	});

	it('reads simple text in every mode', () => {
		for (const locale of ['auto', 'en', 'de', 'fr']) {
			expect([locale, value('42', locale)]).toEqual([locale, 42]);
			expect([locale, value('  42 ', locale)]).toEqual([locale, 42]);
			expect([locale, value('-12', locale)]).toEqual([locale, -12]);
			expect([locale, value('1e3', locale)]).toEqual([locale, 1000]);
		}
	});

	it('reads English-style numbers with locale en', () => {
		expect(value('1,234.56', 'en')).toBe(1234.56);
		expect(value('1,234', 'en')).toBe(1234);
		expect(value('1.234', 'en')).toBe(1.234);
		expect(value("1'234.5", 'en')).toBe(1234.5);
		expect(value('1,5', 'en')).toBe('"1,5" is not a number in locale en');
	});

	it('reads German, French and Swiss numbers with their locale', () => {
		expect(value('1.234,56', 'de')).toBe(1234.56);
		expect(value('1.234', 'de-DE')).toBe(1234);
		expect(value('1 234,56', 'de')).toBe(1234.56);
		expect(value('1\u00a0234,56', 'fr')).toBe(1234.56);
		expect(value('1\u202f234,56', 'fr')).toBe(1234.56);
		expect(value("1'234,5", 'de')).toBe(1234.5);
		expect(value("1'234.5", 'de-CH')).toBe(1234.5);
		expect(value('1,5', 'de')).toBe(1.5);
		expect(value('1.5', 'de')).toBe('"1.5" is not a number in locale de');
	});

	it('decides by the last separator in auto mode when both appear', () => {
		expect(value('1,234.56')).toBe(1234.56);
		expect(value('1.234,56')).toBe(1234.56);
		expect(value('1.234.567,8')).toBe(1234567.8);
		expect(value('1,234,567.8')).toBe(1234567.8);
		expect(value('1,234.567,8')).toBe('"1,234.567,8" is not a number');
	});

	it('treats a repeated separator as thousands in auto mode', () => {
		expect(value('1.234.567')).toBe(1234567);
		expect(value('1,234,567')).toBe(1234567);
		expect(value('-1,000,000')).toBe(-1000000);
	});

	it('treats a single separator as decimal in auto mode unless ambiguous', () => {
		expect(value('12,5')).toBe(12.5);
		expect(value('12.5')).toBe(12.5);
		expect(value('0,125')).toBe(0.125);
		expect(value('0.125')).toBe(0.125);
		expect(value('1234,567')).toBe(1234.567);
		expect(value('1,2345')).toBe(1.2345);
		expect(value('1 234,567')).toBe(1234.567);
		expect(value("1'234.567")).toBe(1234.567);
		expect(value('1.234e2')).toBe(123.4);
		expect(value(',5')).toBe(0.5);
	});

	it('refuses truly ambiguous single-separator values in auto mode', () => {
		for (const text of ['1,234', '12.500', '999,000', '-1.234', '+100,000']) {
			const result = toNumber(text);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.reason).toMatch(/is ambiguous: "[.,]" may separate thousands or decimals; set a locale$/);
		}
		expect(value('1,234')).toBe('"1,234" is ambiguous: "," may separate thousands or decimals; set a locale');
	});

	it('refuses text that is not a plain number', () => {
		for (const text of ['', '   ', 'abc', '1.2.3', '(12)', '12 €', '$12', '12%', 'NaN', 'Infinity', '1,2,3', '12,34,567', '0x10', '5.']) {
			expect([text, toNumber(text).ok]).toEqual([text, false]);
		}
		expect(value('1.2.3', 'de-DE')).toBe('"1.2.3" is not a number in locale de-DE');
		expect(value('abc')).toBe('"abc" is not a number');
		expect(value('')).toBe('an empty text is not a number');
	});

	it('refuses numbers too large to represent', () => {
		expect(value('1e999')).toBe('"1e999" is too large to be a number');
	});

	it('fails for a malformed locale', () => {
		expect(value('1', 'en_US')).toBe('"en_US" is not a valid locale');
	});
});
