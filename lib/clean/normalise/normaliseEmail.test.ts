import { normaliseEmail, type EmailOptions } from './normaliseEmail';

const value = (input: unknown, options?: EmailOptions) => {
	const result = normaliseEmail(input, options);
	return result.ok ? result.value : result.reason;
};

describe('normaliseEmail', () => {
	it('trims and lower-cases the whole address', () => {
		expect(normaliseEmail(' Anna.Schmidt@Example.COM ')).toEqual({ ok: true, value: 'anna.schmidt@example.com' });
		expect(value('\tBOB+crm@sub.Example.co.uk\n')).toBe('bob+crm@sub.example.co.uk');
		expect(value('mailto:Anna@example.com')).toBe('anna@example.com');
	});

	it('accepts the atext characters, dotted runs, numeric labels and IDN domains', () => {
		expect(value("o'brien.j_r-1!#$%&*/=?^`{|}~@example.com")).toBe("o'brien.j_r-1!#$%&*/=?^`{|}~@example.com");
		expect(value('a@123.example.de')).toBe('a@123.example.de');
		expect(value('a@my-shop.example')).toBe('a@my-shop.example');
		expect(value('info@Müller.de')).toBe('info@müller.de');
		expect(value('info@xn--mller-kva.de')).toBe('info@xn--mller-kva.de');
		expect(value('info@example.xn--p1ai')).toBe('info@example.xn--p1ai');
		expect(value('info@пример.рф')).toBe('info@пример.рф');
	});

	it('fails addresses without exactly one @ or with an empty side', () => {
		expect(value('anna.example.com')).toBe('"anna.example.com" is not a valid email: it has no @');
		expect(value('a@b@example.com')).toBe('"a@b@example.com" is not a valid email: it has more than one @');
		expect(value('@example.com')).toBe('"@example.com" is not a valid email: it has nothing before the @');
		expect(value('anna@')).toBe('"anna@" is not a valid email: it has no domain after the @');
		expect(value('  ')).toBe('"  " is not a valid email: it is empty');
		expect(value('')).toBe('an empty text is not a valid email: it is empty');
	});

	it('fails local parts with bad dots or characters', () => {
		for (const local of ['.anna', 'anna.', 'an..na', 'an na', 'an"na', 'an(na)', 'jürgen', 'a,b']) {
			expect(value(`${local}@example.com`)).toBe(`${JSON.stringify(`${local}@example.com`)} is not a valid email: the part before the @ has a character or dot that is not allowed`);
		}
		expect(value(`${'a'.repeat(65)}@example.com`)).toMatch(/: the part before the @ is longer than 64 characters$/);
		expect(value(`${'a'.repeat(64)}@example.com`)).toBe(`${'a'.repeat(64)}@example.com`);
	});

	it('fails bad domains', () => {
		expect(value('anna@localhost')).toBe('"anna@localhost" is not a valid email: the domain localhost has no top-level domain');
		expect(value('anna@-example.com')).toBe('"anna@-example.com" is not a valid email: the domain -example.com is not a valid host name');
		expect(value('anna@example-.com')).toMatch(/is not a valid host name$/);
		expect(value('anna@exa_mple.com')).toMatch(/is not a valid host name$/);
		expect(value('anna@example..com')).toMatch(/is not a valid host name$/);
		expect(value('anna@example.com.')).toMatch(/is not a valid host name$/);
		expect(value('anna@[192.168.0.1]')).toMatch(/is not a valid host name$/);
		expect(value(`anna@${'a'.repeat(64)}.com`)).toMatch(/is not a valid host name$/);
		expect(value('anna@192.168.0.1')).toBe('"anna@192.168.0.1" is not a valid email: the domain 192.168.0.1 does not end in a top-level domain of letters');
		expect(value('anna@example.c')).toMatch(/does not end in a top-level domain of letters$/);
	});

	it('fails addresses longer than 254 characters', () => {
		const domain = `${Array.from({ length: 4 }, () => 'd'.repeat(60)).join('.')}.com`;
		expect(value(`a@${domain}`)).toBe(`a@${domain}`);
		expect(value(`abcdefghij@${domain}`)).toMatch(/: it is longer than 254 characters$/);
	});

	it('fails a typo of a major provider, naming the fix, or fixes it when asked', () => {
		expect(value('anna@gmial.com')).toBe('"anna@gmial.com" is not a valid email: gmial.com looks like a typo of gmail.com');
		expect(value('Anna@GMAIL.CON')).toBe('"Anna@GMAIL.CON" is not a valid email: gmail.con looks like a typo of gmail.com');
		expect(value('anna@gmial.com', { fixTypos: true })).toBe('anna@gmail.com');
		expect(value(' Bob@Hotmial.com ', { fixTypos: true })).toBe('bob@hotmail.com');
		expect(value('bob@yaho.com', { fixTypos: false })).toMatch(/looks like a typo of yahoo.com$/);
		expect(value('anna@gmail.com', { fixTypos: true })).toBe('anna@gmail.com');
	});

	it('quotes long values shortened', () => {
		expect(value(`${'x'.repeat(100)}`)).toBe(`"${'x'.repeat(40)}…" is not a valid email: it has no @`);
	});

	it('fails values that are not text', () => {
		expect(value(null)).toBe('null is not an email');
		expect(value(undefined)).toBe('undefined is not an email');
		expect(value({})).toBe('an object is not an email');
		expect(value(42)).toBe('42 is not a valid email: it has no @');
	});
});
