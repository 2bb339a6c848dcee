import { normalisePhone, type PhoneOptions } from './normalisePhone';

const value = (input: unknown, options?: PhoneOptions) => {
	const result = normalisePhone(input, options);
	return result.ok ? result.value : result.reason;
};

const DE = { defaultCountry: 'DE' };
const US = { defaultCountry: 'US' };

describe('normalisePhone', () => {
	it('writes international numbers as E.164, whatever the punctuation', () => {
		expect(normalisePhone('+49 30 1234567')).toEqual({ ok: true, value: '+49301234567' });
		expect(value('+49 (0)30 123-4567')).toBe('+49301234567');
		expect(value(' +33 6 12 34 56 78 ')).toBe('+33612345678');
		expect(value('+1 (201) 555.0123')).toBe('+12015550123');
		expect(value('+44 20/7946 0958')).toBe('+442079460958');
	});

	it('reads a 00 international prefix, with or without a default country', () => {
		expect(value('0049 30 1234567')).toBe('+49301234567');
		expect(value('0049 30 1234567', DE)).toBe('+49301234567');
		// the US international prefix is 011, yet 00 is what a foreign contact writes
		expect(value('0049 30 1234567', US)).toBe('+49301234567');
		expect(value('011 49 30 1234567', US)).toBe('+49301234567');
		expect(value('0011 49 30 1234567', { defaultCountry: 'AU' })).toBe('+49301234567');
	});

	it('reads national numbers in the default country, given in any case', () => {
		expect(value('030 1234567', DE)).toBe('+49301234567');
		expect(value('(201) 555-0123', US)).toBe('+12015550123');
		expect(value('201.555.0123', { defaultCountry: ' us ' })).toBe('+12015550123');
		expect(value('020 7946 0958', { defaultCountry: 'gb' })).toBe('+442079460958');
		expect(value('+33 6 12 34 56 78', DE)).toBe('+33612345678');
	});

	it('drops a tel: prefix and extensions', () => {
		expect(value('tel:+1-201-555-0123')).toBe('+12015550123');
		expect(value('TEL: +1-201-555-0123;ext=55')).toBe('+12015550123');
		expect(value('+1 201-555-0123 ext. 123')).toBe('+12015550123');
		expect(value('(201) 555-0123 x123', US)).toBe('+12015550123');
		expect(value('+1 201 555 0123 #12')).toBe('+12015550123');
	});

	it('reads numbers as their digits', () => {
		expect(value(301234567, DE)).toBe('+49301234567');
		expect(value(2015550123, US)).toBe('+12015550123');
	});

	it('fails invalid numbers with the reason', () => {
		expect(value('123', DE)).toBe('"123" is not a valid phone number: it is too short for DE');
		expect(value('+49 30 12')).toBe('"+49 30 12" is not a valid phone number: it is not a valid number for DE');
		expect(value('+1 200 555 0123')).toBe('"+1 200 555 0123" is not a valid phone number: it is not a valid number for +1');
		expect(value('+999 123456')).toBe('"+999 123456" is not a valid phone number: its country calling code does not exist');
		expect(value('030 1234567')).toBe('"030 1234567" is not a valid phone number: it has no country code (+…) and no default country is set');
		expect(value('0049 30 123456789012345')).toMatch(/is not a valid phone number: it is too long for DE$/);
		expect(value('abc', DE)).toBe('"abc" is not a valid phone number: it is not a phone number');
		expect(value('Phone: 030 1234567', DE)).toMatch(/^"Phone: 030 1234567" is not a valid phone number: /);
		expect(value('', DE)).toBe('an empty text is not a valid phone number: it is not a phone number');
	});

	it('fails values that are neither text nor numbers', () => {
		expect(value(null, DE)).toBe('null is not a phone number');
		expect(value(undefined)).toBe('undefined is not a phone number');
		expect(value(true, DE)).toBe('true is not a phone number');
	});

	it('fails every value when the default country is unknown', () => {
		expect(value('+49 30 1234567', { defaultCountry: 'XX' })).toBe('default country "XX" is not a country code with phone numbers');
		expect(value('+49 30 1234567', { defaultCountry: 'DEU' })).toBe('default country "DEU" is not a country code with phone numbers');
		expect(value('+49 30 1234567', { defaultCountry: '' })).toBe('+49301234567');
	});
});
