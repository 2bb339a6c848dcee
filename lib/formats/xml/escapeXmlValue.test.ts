import { escapeXmlValue } from './escapeXmlValue';

describe('escapeXmlValue', () => {
	test('escapes markup characters in text, and > so "]]>" cannot appear', () => {
		expect(escapeXmlValue('a<b>&c]]>')).toBe('a&lt;b&gt;&amp;c]]&gt;');
	});

	test('writes CR as a reference so it is not normalised to LF', () => {
		expect(escapeXmlValue('1\r\n2\r3\n4\t5')).toBe('1&#13;\n2&#13;3\n4\t5');
	});

	test('leaves quotes alone in text but escapes them, tab and newlines in attributes', () => {
		expect(escapeXmlValue(`"it's"`)).toBe(`"it's"`);
		expect(escapeXmlValue(`"it's"\t\n\r&<`, true)).toBe('&quot;it&apos;s&quot;&#9;&#10;&#13;&amp;&lt;');
	});

	test('drops characters XML cannot contain and keeps valid astral characters', () => {
		expect(escapeXmlValue('a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf')).toBe('abcdef');
		expect(escapeXmlValue('x\uD800y\uDC00z')).toBe('xyz');
		expect(escapeXmlValue('😀 é 中')).toBe('😀 é 中');
	});
});
