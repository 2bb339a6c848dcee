import { joinKeyNormaliser, type JoinKeyNormalisation } from './joinKeyNormaliser';

describe('joinKeyNormaliser', () => {
	it('none compares values as data', () => {
		const key = joinKeyNormaliser('none');
		expect(key('Ann')).not.toBe(key('ann'));
		expect(key(42)).not.toBe(key('42'));
		expect(key({ a: 1, b: 2 })).toBe(key({ b: 2, a: 1 }));
		expect(key('Ann')).toBe(key('Ann'));
	});

	it('case trims and lower-cases, reading numbers as their digits', () => {
		const key = joinKeyNormaliser('case');
		expect(key(' Ann  Lee ')).toBe('ann  lee');
		expect(key(42)).toBe(key('42'));
	});

	it('whitespace trims and collapses', () => {
		expect(joinKeyNormaliser('whitespace')(' Ann \t Lee ')).toBe('Ann Lee');
	});

	it('email normalises valid addresses and lower-cases the rest', () => {
		const key = joinKeyNormaliser('email');
		expect(key(' mailto:Ann@Example.COM ')).toBe('ann@example.com');
		expect(key(' Not An Email ')).toBe('not an email');
		expect(key('ann@gmial.com')).toBe('ann@gmial.com');
	});

	it('phone gives E.164 with the default country, else the digits', () => {
		const key = joinKeyNormaliser('phone', 'de');
		expect(key('030 1234567')).toBe('+49301234567');
		expect(key('+49 30 1234567')).toBe('+49301234567');
		expect(key(301234567)).toBe('+49301234567');
		expect(key('12-34')).toBe('1234');
		expect(key('n/a')).toBeUndefined();
		expect(joinKeyNormaliser('phone')('030 1234567')).toBe('0301234567');
	});

	it.each<JoinKeyNormalisation>(['none', 'case', 'whitespace', 'email', 'phone'])('%s: a missing value never joins', (mode) => {
		const key = joinKeyNormaliser(mode);
		for (const value of [null, undefined, '', '   ', NaN]) expect(key(value)).toBeUndefined();
	});

	it('compares other values as data in every mode', () => {
		expect(joinKeyNormaliser('case')(true)).toBe('true');
		expect(joinKeyNormaliser('email')({ a: 1 })).toBe('{"a":1}');
	});

	it('rejects an unknown mode or default country', () => {
		expect(() => joinKeyNormaliser('soundex' as JoinKeyNormalisation)).toThrow('Unknown join key normalisation "soundex"');
		expect(() => joinKeyNormaliser('phone', 'XX')).toThrow('The default country "XX" is not a country code with phone numbers');
	});
});
