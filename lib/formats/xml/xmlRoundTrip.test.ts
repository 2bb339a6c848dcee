/**
 * Property: rows written by `writeXml` read back by `parseXmlRecords` as they were.
 *
 * The contract tested (see `writeXml`): values are strings (XML has no types); keys are XML names
 * (including unicode letters, `crm:id`, `__proto__`, `constructor`, `toString`); strings are any
 * text XML can hold (`<`, `&`, quotes, `]]>`, CR, tabs, leading/trailing spaces, astral
 * characters); nested objects are non-empty; lists hold at least one string or object, never a
 * list, and their names are passed in `alwaysArray`; an object has text only next to attributes,
 * not next to child elements (that would be mixed content, which is trimmed).
 */
import fc from 'fast-check';
import { setField, type Row } from '../../core/record';
import { parseXmlRecords } from './parseXmlRecords';
import { writeXml } from './writeXml';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

const xmlChar = fc.oneof(
	fc.constantFrom('<', '>', '&', '"', "'", ']]>', '\t', '\n', '\r', '\r\n', ' ', '&amp;', '&#13;', '_x0041_', 'é', '中', '😀', '\u00A0'),
	fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => !NOT_XML.test(c)),
);
const xmlString = fc.string({ unit: xmlChar, maxLength: 12 });

const LIST = 'list_';
const name = fc
	.oneof(
		fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,6}$/),
		fc.constantFrom('prénom', 'straße', '名前', 'crm:id', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'),
	)
	.filter((n) => !n.startsWith(LIST));

function objectFrom(entries: Array<[string, unknown]>): Row {
	const row: Row = {};
	for (const [key, value] of entries) setField(row, key, value);
	return row;
}

const uniqueEntries = <T>(keys: fc.Arbitrary<string>, values: fc.Arbitrary<T>, maxLength: number, minLength = 0) =>
	fc.uniqueArray(fc.tuple(keys, values), { selector: ([key]) => key, minLength, maxLength });

const attributes = (maxLength: number, minLength = 0) => uniqueEntries(name.map((n) => `@_${n}`), xmlString, maxLength, minLength);

// An object is either fields (child elements, lists, attributes) or attributes with text.
const { record } = fc.letrec<{ record: Row; nested: Row; value: unknown; list: unknown[] }>((tie) => ({
	record: fc.oneof(
		fc
			.tuple(uniqueEntries(name, tie('value'), 4), uniqueEntries(name.map((n) => LIST + n), tie('list'), 2), attributes(2))
			.map(([elements, lists, attrs]) => objectFrom([...attrs, ...elements, ...lists])),
		fc.tuple(attributes(2, 1), xmlString.filter((s) => s !== '')).map(([attrs, text]) => objectFrom([...attrs, ['#text', text]])),
	),
	nested: tie('record').filter((row) => Object.keys(row).length > 0),
	value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, xmlString, tie('nested')),
	list: fc.array(tie('value'), { minLength: 1, maxLength: 3 }),
}));

function listNames(value: unknown, into = new Set<string>()): Set<string> {
	if (Array.isArray(value)) value.forEach((item) => listNames(item, into));
	else if (value !== null && typeof value === 'object') {
		for (const key of Object.keys(value)) {
			if (key.startsWith(LIST)) into.add(key);
			listNames((value as Row)[key], into);
		}
	}
	return into;
}

describe('XML round trip (property)', () => {
	test('writeXml → parseXmlRecords gives back the same rows, pretty or not', () => {
		const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
		fc.assert(
			fc.property(fc.array(record, { maxLength: 4 }), fc.boolean(), (rows, pretty) => {
				const xml = writeXml(rows, { pretty });
				const alwaysArray = [...listNames(rows)];
				expect(parseXmlRecords(xml, { itemPath: 'items.item', alwaysArray })).toEqual(rows);
				expect(parseXmlRecords(xml, { alwaysArray })).toEqual(rows);
			}),
			{ numRuns: 300 },
		);
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
	});
});
