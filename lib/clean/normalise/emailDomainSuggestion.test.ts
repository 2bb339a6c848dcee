import { emailDomainSuggestion } from './emailDomainSuggestion';

describe('emailDomainSuggestion', () => {
	it('suggests the provider one edit away: a changed, missing, extra or swapped letter', () => {
		expect(emailDomainSuggestion('gnail.com')).toBe('gmail.com');
		expect(emailDomainSuggestion('gmai.com')).toBe('gmail.com');
		expect(emailDomainSuggestion('gmaill.com')).toBe('gmail.com');
		expect(emailDomainSuggestion('gmial.com')).toBe('gmail.com');
		expect(emailDomainSuggestion('hotmial.com')).toBe('hotmail.com');
		expect(emailDomainSuggestion('yaho.com')).toBe('yahoo.com');
		expect(emailDomainSuggestion('outlok.com')).toBe('outlook.com');
		expect(emailDomainSuggestion('hotmai.de')).toBe('hotmail.de');
		expect(emailDomainSuggestion('gmail.cmo')).toBe('gmail.com');
	});

	it('suggests .com for the usual slips of it after a .com provider', () => {
		expect(emailDomainSuggestion('gmail.con')).toBe('gmail.com');
		expect(emailDomainSuggestion('gmail.co')).toBe('gmail.com');
		expect(emailDomainSuggestion('aol.con')).toBe('aol.com');
		expect(emailDomainSuggestion('me.cmo')).toBe('me.com');
		expect(emailDomainSuggestion('yahoo.om')).toBe('yahoo.com');
	});

	it('ignores case and surrounding spaces', () => {
		expect(emailDomainSuggestion(' GMIAL.COM ')).toBe('gmail.com');
		expect(emailDomainSuggestion('GMail.com')).toBeUndefined();
	});

	it('leaves providers alone, including those one edit from another provider', () => {
		for (const domain of ['gmail.com', 'ymail.com', 'email.com', 'mail.com', 'hotmail.co.uk', 'gmx.de', 'gmx.net', 'me.com', 'mac.com']) {
			expect([domain, emailDomainSuggestion(domain)]).toEqual([domain, undefined]);
		}
	});

	it('leaves other domains alone, also those one edit from a short provider name', () => {
		for (const domain of ['example.org', 'acme.de', 'ge.com', 'aon.com', 'gmx.fr', 'wed.de', 'gmail.de', 'mail.gmail.com', 'gmail', '']) {
			expect([domain, emailDomainSuggestion(domain)]).toEqual([domain, undefined]);
		}
	});

	it('takes the most used provider when several are one edit away', () => {
		// hmail.com is one edit from gmail.com, ymail.com and email.com
		expect(emailDomainSuggestion('hmail.com')).toBe('gmail.com');
	});
});
