import { XMLValidator } from 'fast-xml-parser';
import { FormatError } from '../../core/formatError';
import type { Row } from '../../core/record';
import { parseXmlRecords } from './parseXmlRecords';
import { writeXml } from './writeXml';

describe('writeXml', () => {
	test('writes a declaration, the root, one item per row, attributes and nesting', () => {
		const xml = writeXml([{ '@_id': 7, name: 'Ada', address: { city: 'London' }, phone: ['1', '2'] }], { pretty: false });
		expect(xml).toBe(
			'<?xml version="1.0" encoding="UTF-8"?><items><item id="7"><name>Ada</name><address><city>London</city></address><phone>1</phone><phone>2</phone></item></items>',
		);
	});

	test('pretty prints by default, two spaces per level', () => {
		expect(writeXml([{ a: { b: 'x' } }], { declaration: false })).toBe('<items>\n  <item>\n    <a>\n      <b>x</b>\n    </a>\n  </item>\n</items>\n');
	});

	test('uses the given root and item element names', () => {
		expect(writeXml([{ n: '1' }, {}], { rootElement: 'contacts', itemElement: 'contact', pretty: false, declaration: false })).toBe(
			'<contacts><contact><n>1</n></contact><contact></contact></contacts>',
		);
	});

	test('writes an empty root for no rows', () => {
		expect(writeXml([], { pretty: false, declaration: false })).toBe('<items></items>');
	});

	test('escapes text and attributes, keeping CR, and writes "true" attributes with their value', () => {
		const xml = writeXml([{ '@_ok': true, '@_q': `"it's"\n`, t: 'a<b & c>d ]]> \r\n' }], { pretty: false, declaration: false });
		expect(xml).toBe('<items><item ok="true" q="&quot;it&apos;s&quot;&#10;"><t>a&lt;b &amp; c&gt;d ]]&gt; &#13;\n</t></item></items>');
		expect(XMLValidator.validate(xml)).toBe(true);
	});

	test('drops characters XML cannot hold rather than writing invalid XML', () => {
		const xml = writeXml([{ t: 'a\u0000b\u0007c' }], { pretty: false, declaration: false });
		expect(xml).toBe('<items><item><t>abc</t></item></items>');
	});

	test('sanitises invalid field names', () => {
		expect(writeXml([{ 'first name': 'Ada', '2fa': 'on', 'a/b': '1' }], { pretty: false, declaration: false })).toBe(
			'<items><item><first_name>Ada</first_name><_2fa>on</_2fa><a_b>1</a_b></item></items>',
		);
	});

	test('refuses root and item names that are not XML names', () => {
		expect(() => writeXml([], { rootElement: 'my items' })).toThrow(FormatError);
		expect(() => writeXml([], { itemElement: '1' })).toThrow(/item element/);
	});

	test('writes prototype-named fields and reads them back as own keys', () => {
		const row = JSON.parse('{"__proto__": {"x": "1"}, "constructor": "c"}') as Row;
		const xml = writeXml([row], { pretty: false, declaration: false });
		expect(xml).toBe('<items><item><__proto__><x>1</x></__proto__><constructor>c</constructor></item></items>');
		const [back] = parseXmlRecords(xml, { itemPath: 'items.item' });
		expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toEqual({ x: '1' });
		expect(back.constructor).toBe('c');
	});

	test('round-trips a typical record (lists named in alwaysArray)', () => {
		const rows = [
			{ '@_id': '1', name: ' Ada ', tags: ['vip'], address: { '@_type': 'home', city: 'London' }, note: '' },
			{ '@_id': '2', name: 'Grace', tags: ['a', 'b'], address: { '@_type': 'work', city: 'NYC' }, note: 'x\r\ny' },
		];
		for (const pretty of [true, false]) {
			expect(parseXmlRecords(writeXml(rows, { pretty }), { alwaysArray: ['tags'] })).toEqual(rows);
		}
	});
});
