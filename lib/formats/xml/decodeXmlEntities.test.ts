import { decodeXmlEntities } from './decodeXmlEntities';

describe('decodeXmlEntities', () => {
	test('decodes the five built-in entities', () => {
		expect(decodeXmlEntities('&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;')).toBe('<a> & "b" \'c\'');
	});

	test('decodes decimal and hexadecimal character references, astral ones too', () => {
		expect(decodeXmlEntities('&#169;&#xA9;&#xa9;&#13;&#x1F600;')).toBe('©©©\r😀');
	});

	test('leaves other named entities as written', () => {
		expect(decodeXmlEntities('&nbsp;&copy;&e;')).toBe('&nbsp;&copy;&e;');
	});

	test('leaves references to characters XML cannot hold as written', () => {
		expect(decodeXmlEntities('&#0;&#x1;&#xD800;&#xFFFE;&#x110000;')).toBe('&#0;&#x1;&#xD800;&#xFFFE;&#x110000;');
	});

	test('decodes once: an escaped reference stays a reference', () => {
		expect(decodeXmlEntities('&amp;lt;')).toBe('&lt;');
	});

	test('leaves text without ampersands untouched', () => {
		expect(decodeXmlEntities('plain & simple')).toBe('plain & simple');
		expect(decodeXmlEntities('no entities')).toBe('no entities');
	});
});
