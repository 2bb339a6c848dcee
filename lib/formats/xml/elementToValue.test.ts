import { FormatError } from '../../core/formatError';
import { createSafeXmlParser } from './createSafeXmlParser';
import { elementToValue, type ElementValueOptions } from './elementToValue';
import type { OrderedNode } from './orderedNode';

const OPTIONS: ElementValueOptions = { attributePrefix: '@_', textKey: '#text', isAlwaysArray: () => false, maxValueBytes: 1_000_000 };

function valueOf(xml: string, options: Partial<ElementValueOptions> = {}): unknown {
	const [root] = createSafeXmlParser({ preserveOrder: true }).parse(xml) as OrderedNode[];
	return elementToValue(root, { ...OPTIONS, ...options }, { path: '', element: '/root' });
}

describe('elementToValue', () => {
	test('text-only and empty elements are strings, kept exactly', () => {
		expect(valueOf('<a>  two  words \n</a>')).toBe('  two  words \n');
		expect(valueOf('<a/>')).toBe('');
		expect(valueOf('<a></a>')).toBe('');
		expect(valueOf('<a>x<![CDATA[<y>]]>z</a>')).toBe('x<y>z');
	});

	test('attributes are prefixed and come before child elements and text', () => {
		expect(valueOf('<a id="7" kind="">t</a>')).toEqual({ '@_id': '7', '@_kind': '', '#text': 't' });
		expect(Object.keys(valueOf('<a id="7"><b>1</b></a>') as object)).toEqual(['@_id', 'b']);
	});

	test('repeated child elements become lists, single ones do not', () => {
		expect(valueOf('<c><phone>1</phone><name>A</name><phone>2</phone></c>')).toEqual({ phone: ['1', '2'], name: 'A' });
	});

	test('isAlwaysArray keeps single elements as lists, by path or name', () => {
		const isAlwaysArray = (path: string, name: string) => path === 'phones/phone' || name === 'tag';
		expect(valueOf('<c><phones><phone>1</phone></phones><tag>x</tag><phone>9</phone></c>', { isAlwaysArray })).toEqual({
			phones: { phone: ['1'] },
			tag: ['x'],
			phone: '9',
		});
	});

	test('nested elements become nested objects', () => {
		expect(valueOf('<c><address type="home"><city>Paris</city></address></c>')).toEqual({ address: { '@_type': 'home', city: 'Paris' } });
	});

	test('mixed content: text pieces trimmed and joined by one space; indentation dropped', () => {
		expect(valueOf('<p>Hello <b>big</b> world</p>')).toEqual({ b: 'big', '#text': 'Hello world' });
		expect(valueOf('<p>\n  <b>x</b>\n  <c/>\n</p>')).toEqual({ b: 'x', c: '' });
	});

	test('uses the given attribute prefix and text key', () => {
		expect(valueOf('<a id="1">t</a>', { attributePrefix: '$', textKey: '_' })).toEqual({ $id: '1', _: 't' });
	});

	test('prototype names become own keys, Object.prototype stays clean', () => {
		const value = valueOf('<c constructor="k"><__proto__><polluted>yes</polluted></__proto__><prototype>p</prototype></c>') as Record<string, unknown>;
		expect(Object.keys(value)).toEqual(['@_constructor', '__proto__', 'prototype']);
		expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: 'yes' });
		expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('refuses a value over the size limit, naming element and field', () => {
		const attempt = () => valueOf('<root><a>ok</a><a>ok</a><a>' + 'x'.repeat(40) + '</a></root>', { maxValueBytes: 30 });
		expect(attempt).toThrow(FormatError);
		expect(attempt).toThrow('(element /root/a[3])');
		expect(() => valueOf('<root v="' + 'é'.repeat(20) + '"/>', { maxValueBytes: 30 })).toThrow('field "@_v"');
		expect(() => valueOf('<root v="' + 'x'.repeat(30) + '"/>', { maxValueBytes: 30 })).not.toThrow();
	});
});
