import { normaliseUrl } from './normaliseUrl';

const value = (input: unknown) => {
	const result = normaliseUrl(input);
	return result.ok ? result.value : result.reason;
};

describe('normaliseUrl', () => {
	it('adds https:// when there is no scheme', () => {
		expect(normaliseUrl('example.com')).toEqual({ ok: true, value: 'https://example.com' });
		expect(value(' www.example.com/about ')).toBe('https://www.example.com/about');
		expect(value('//example.com/x')).toBe('https://example.com/x');
		expect(value('example.com:8080/x')).toBe('https://example.com:8080/x');
		expect(value('localhost:3000')).toBe('https://localhost:3000');
	});

	it('lower-cases scheme and host, writes IDN hosts in punycode and drops default ports', () => {
		expect(value('HTTPS://WWW.Example.COM/About')).toBe('https://www.example.com/About');
		expect(value('http://Bücher.de')).toBe('http://xn--bcher-kva.de');
		expect(value('https://example.com:443/a')).toBe('https://example.com/a');
		expect(value('http://example.com:80')).toBe('http://example.com');
		expect(value('http://example.com:443')).toBe('http://example.com:443');
	});

	it('drops the fragment, a lone / path and an empty query, and keeps the query', () => {
		expect(value('https://example.com/')).toBe('https://example.com');
		expect(value('https://example.com/#top')).toBe('https://example.com');
		expect(value('https://example.com/?')).toBe('https://example.com');
		expect(value('https://example.com/?b=2&a=1#x')).toBe('https://example.com?b=2&a=1');
		expect(value('https://example.com/shop/?q=a%20b')).toBe('https://example.com/shop/?q=a%20b');
		expect(value('https://example.com/a/../b/./c')).toBe('https://example.com/b/c');
		expect(value('https://user:secret@example.com/')).toBe('https://user:secret@example.com');
	});

	it('accepts IP addresses written as such', () => {
		expect(value('http://192.168.0.1:8080/')).toBe('http://192.168.0.1:8080');
		expect(value('https://[::1]/x')).toBe('https://[::1]/x');
	});

	it('fails other schemes', () => {
		expect(value('ftp://example.com')).toBe('"ftp://example.com" is not a valid URL: only http and https are accepted, not ftp');
		expect(value('mailto:anna@example.com')).toBe('"mailto:anna@example.com" is not a valid URL: only http and https are accepted, not mailto');
		expect(value('javascript:alert(1)')).toMatch(/only http and https are accepted, not javascript$/);
	});

	it('fails hosts that are not domain names', () => {
		expect(value('123')).toBe('"123" is not a valid URL: its host 0.0.0.123 is not a domain name');
		expect(value('https://0x7f.1')).toBe('"https://0x7f.1" is not a valid URL: its host 127.0.0.1 is not a domain name');
		expect(value('intranet')).toBe('"intranet" is not a valid URL: its host intranet is not a domain name');
		expect(value('https://a..com')).toMatch(/its host a..com is not a domain name$/);
		expect(value('https://-a.com')).toMatch(/is not a domain name$/);
		expect(value('https://example.c0m')).toBe('"https://example.c0m" is not a valid URL: its host example.c0m has no top-level domain of letters');
	});

	it('fails what cannot be read', () => {
		expect(value('https://exa mple.com')).toBe('"https://exa mple.com" is not a valid URL: it cannot be read as a web address');
		expect(value('http://')).toMatch(/it cannot be read as a web address$/);
		expect(value('  ')).toBe('"  " is not a valid URL: it is empty');
		expect(value(null)).toBe('null is not a URL');
		expect(value({})).toBe('an object is not a URL');
	});
});
