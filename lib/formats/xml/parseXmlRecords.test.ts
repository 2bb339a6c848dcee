import { FormatError } from '../../core/formatError';
import { parseXmlRecords } from './parseXmlRecords';

const CONTACTS = `<?xml version="1.0" encoding="UTF-8"?>
<contacts source="crm">
  <contact id="7">
    <name>Ada Lovelace</name>
    <email>ada@example.com</email>
    <phone type="work">+44 1</phone>
    <phone type="home">+44 2</phone>
    <address><city>London</city><zip>N1 9GU</zip></address>
  </contact>
  <contact id="8">
    <name>Grace Hopper</name>
    <email/>
    <phone type="work">+1 3</phone>
    <address><city>New York</city><zip>10001</zip></address>
  </contact>
</contacts>`;

function errorOf(attempt: () => unknown): FormatError {
	try {
		attempt();
	} catch (error) {
		expect(error).toBeInstanceOf(FormatError);
		return error as FormatError;
	}
	throw new Error('expected a FormatError');
}

describe('parseXmlRecords', () => {
	test('reads one row per record element, attributes prefixed, nested elements as objects', () => {
		expect(parseXmlRecords(CONTACTS, { itemPath: 'contacts.contact' })).toEqual([
			{
				'@_id': '7',
				name: 'Ada Lovelace',
				email: 'ada@example.com',
				phone: [
					{ '@_type': 'work', '#text': '+44 1' },
					{ '@_type': 'home', '#text': '+44 2' },
				],
				address: { city: 'London', zip: 'N1 9GU' },
			},
			{
				'@_id': '8',
				name: 'Grace Hopper',
				email: '',
				phone: { '@_type': 'work', '#text': '+1 3' },
				address: { city: 'New York', zip: '10001' },
			},
		]);
	});

	test('finds the repeating element itself when no path is given', () => {
		expect(parseXmlRecords(CONTACTS).map((r) => r.name)).toEqual(['Ada Lovelace', 'Grace Hopper']);
	});

	test('alwaysArray keeps single elements as lists, by name or path', () => {
		const byName = parseXmlRecords(CONTACTS, { alwaysArray: ['phone'] });
		expect(byName[1].phone).toEqual([{ '@_type': 'work', '#text': '+1 3' }]);
		const byPath = parseXmlRecords(CONTACTS, { alwaysArray: ['/contacts/contact/phone', 'address.city'] });
		expect(byPath[1].phone).toEqual([{ '@_type': 'work', '#text': '+1 3' }]);
		expect(byPath[1].address).toEqual({ city: ['New York'], zip: '10001' });
	});

	test('one record element still gives a list of one row', () => {
		expect(parseXmlRecords('<contacts><contact><name>Ada</name></contact></contacts>')).toEqual([{ name: 'Ada' }]);
		expect(parseXmlRecords('<contacts><contact><name>Ada</name></contact></contacts>', { itemPath: 'contacts.contact' })).toEqual([{ name: 'Ada' }]);
	});

	test('an empty list gives no rows', () => {
		expect(parseXmlRecords('<contacts/>')).toEqual([]);
		expect(parseXmlRecords('<contacts>\n</contacts>', { itemPath: 'contacts.contact' })).toEqual([]);
	});

	test('record elements with only text or nothing become { textKey } or {}', () => {
		expect(parseXmlRecords('<tags><tag>crm</tag><tag/><tag>vip</tag></tags>')).toEqual([{ '#text': 'crm' }, {}, { '#text': 'vip' }]);
		expect(parseXmlRecords('<tags><tag>crm</tag><tag>x</tag></tags>', { textKey: 'value' })).toEqual([{ value: 'crm' }, { value: 'x' }]);
	});

	test('values stay exact strings: no number parsing, whitespace kept, entities decoded', () => {
		const rows = parseXmlRecords('<r><i><zip>007</zip><n>1e3</n><b>true</b><s>  two  </s><t>a &amp; b &lt;c&gt; &#169;</t></i><i/></r>');
		expect(rows[0]).toEqual({ zip: '007', n: '1e3', b: 'true', s: '  two  ', t: 'a & b <c> ©' });
	});

	test('uses a chosen attribute prefix', () => {
		expect(parseXmlRecords('<r><i id="1"/><i id="2"/></r>', { attributePrefix: '$' })).toEqual([{ $id: '1' }, { $id: '2' }]);
	});

	test('ignores a byte order mark, comments and processing instructions', () => {
		expect(parseXmlRecords('\ufeff<?xml version="1.0"?><!-- x --><r><?pi x?><i>1</i><i>2</i></r>')).toEqual([{ '#text': '1' }, { '#text': '2' }]);
	});

	describe('hostile input', () => {
		test('refuses a "billion laughs" DOCTYPE before parsing', () => {
			const xml = '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<r><i>&b;</i></r>';
			const error = errorOf(() => parseXmlRecords(xml));
			expect(error.message).toMatch(/entity declarations/);
			expect(error.location.line).toBe(2);
		});

		test('refuses external entities and external DTDs', () => {
			expect(() => parseXmlRecords('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r><i>&x;</i></r>')).toThrow(FormatError);
			expect(() => parseXmlRecords('<!DOCTYPE r SYSTEM "http://example.com/r.dtd"><r><i>1</i></r>')).toThrow(/external DTD/);
		});

		test('accepts a harmless DOCTYPE', () => {
			expect(parseXmlRecords('<!DOCTYPE r><r><i>1</i><i>2</i></r>')).toEqual([{ '#text': '1' }, { '#text': '2' }]);
		});

		test('keeps __proto__, constructor and prototype as plain keys and never touches Object.prototype', () => {
			const rows = parseXmlRecords(
				'<r><i __proto__="a" constructor="b"><__proto__><polluted>yes</polluted></__proto__><constructor><prototype>p</prototype></constructor></i><i/></r>',
				{ attributePrefix: '' },
			);
			const [row] = rows;
			expect(Object.keys(row)).toEqual(['__proto__', 'constructor']);
			expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toEqual(['a', { polluted: 'yes' }]);
			expect(Object.getOwnPropertyDescriptor(row, 'constructor')?.value).toEqual(['b', { prototype: 'p' }]);
			expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
		});

		test('names line and element of malformed XML', () => {
			const error = errorOf(() => parseXmlRecords('<contacts>\n<contact>\n<name>Ada</contact>\n</contacts>'));
			expect(error.location).toEqual({ line: 3, element: '/contacts/contact/name' });
			expect(error.message).toMatch(/^Malformed XML/);
		});

		test('refuses several root elements and text after the root, with the line', () => {
			const roots = errorOf(() => parseXmlRecords('<a><i/></a>\n<b/>'));
			expect(roots.message).toMatch(/more than one root/);
			expect(roots.location).toEqual({ line: 2, element: '/b' });
			// The validator reports most trailing text itself...
			expect(errorOf(() => parseXmlRecords('<a><i/></a>\n\ntail')).location.line).toBe(3);
			// ...but not after an empty root element.
			const tail = errorOf(() => parseXmlRecords('<a/>\n\ntail'));
			expect(tail.message).toBe('Malformed XML: text after the root element <a> (line 3)');
		});

		test('refuses empty input', () => {
			expect(() => parseXmlRecords(' \n ')).toThrow('XML input is empty');
		});

		test('refuses input over maxInputBytes, counting UTF-8 bytes', () => {
			const xml = `<r><i>${'é'.repeat(20)}</i></r>`;
			expect(() => parseXmlRecords(xml, { limits: { maxInputBytes: 40 } })).toThrow(/larger than the limit of 40 bytes/);
			expect(parseXmlRecords(xml, { limits: { maxInputBytes: 60 } })).toHaveLength(1);
		});

		test('refuses more records than maxRecords', () => {
			const xml = '<r>' + '<i/>'.repeat(11) + '</r>';
			expect(() => parseXmlRecords(xml, { limits: { maxRecords: 10 } })).toThrow('More than the limit of 10 records (element /r/i)');
			expect(parseXmlRecords(xml, { limits: { maxRecords: 11 } })).toHaveLength(11);
		});

		test('refuses a value over maxLineBytes, naming the record element', () => {
			const xml = `<r><i><n>ok</n></i><i><n>${'x'.repeat(100)}</n></i></r>`;
			expect(() => parseXmlRecords(xml, { limits: { maxLineBytes: 50 } })).toThrow('(element /r/i[2]/n)');
		});

		test('refuses nesting deeper than the parser allows with a FormatError', () => {
			const xml = '<r>' + '<d>'.repeat(150) + '</d>'.repeat(150) + '</r>';
			expect(() => parseXmlRecords(xml)).toThrow(FormatError);
		});
	});
});
