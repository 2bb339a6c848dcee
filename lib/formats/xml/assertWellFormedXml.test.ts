import { FormatError } from '../../core/formatError';
import { assertWellFormedXml } from './assertWellFormedXml';

function errorOf(text: string): FormatError {
	try {
		assertWellFormedXml(text);
	} catch (error) {
		expect(error).toBeInstanceOf(FormatError);
		return error as FormatError;
	}
	throw new Error('expected a FormatError');
}

describe('assertWellFormedXml', () => {
	test('accepts well-formed XML', () => {
		expect(() => assertWellFormedXml('<?xml version="1.0"?>\n<a x="1"><b>t &amp; u</b><!-- c --></a>\n')).not.toThrow();
	});

	test('names line, column and element of a mismatched closing tag', () => {
		const error = errorOf('<contacts>\n<contact>\n<name>Ada</contact>\n</contacts>');
		expect(error.location).toEqual({ line: 3, element: '/contacts/contact/name' });
		expect(error.message).toMatch(/^Malformed XML: Expected closing tag 'name'.*, at column \d+ \(line 3, element \/contacts\/contact\/name\)$/);
	});

	test('names the sibling position of the broken element', () => {
		const error = errorOf('<list>\n<item>a</item>\n<item>b</item>\n<item x=1>c</item>\n</list>');
		expect(error.location.line).toBe(4);
		expect(error.location.element).toBe('/list/item[3]');
	});

	test('reports a bare ampersand, an unclosed root and text after the root', () => {
		expect(errorOf('<a>fish & chips</a>').message).toMatch(/'&'/);
		expect(errorOf('<a>\n<b></b>').location).toEqual({ line: 1, element: '/a' });
		expect(errorOf('<a>x</a>tail').message).toMatch(/Extra text/);
	});

	test('reports empty input without an element', () => {
		const error = errorOf('   ');
		expect(error.message).toMatch(/Malformed XML/);
		expect(error.location.element).toBeUndefined();
	});
});
