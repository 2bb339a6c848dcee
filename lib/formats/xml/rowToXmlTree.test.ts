import { FormatError } from '../../core/formatError';
import type { Row } from '../../core/record';
import { rowToXmlTree } from './rowToXmlTree';

const OPTIONS = { attributePrefix: '@_', textKey: '#text' };

describe('rowToXmlTree', () => {
	test('splits attributes, text and child elements', () => {
		expect(rowToXmlTree({ '@_id': '7', name: 'Ada', '#text': 't' }, OPTIONS, 1)).toEqual({ '@_id': '7', name: 'Ada', '#text': 't' });
	});

	test('writes scalars as text: numbers, booleans, bigints, dates', () => {
		const date = new Date('2024-01-31T12:00:00.000Z');
		expect(rowToXmlTree({ n: 1.5, z: -0, b: false, big: 10n, d: date, '@_at': date }, OPTIONS, 1)).toEqual({
			n: '1.5',
			z: '0',
			b: 'false',
			big: '10',
			d: '2024-01-31T12:00:00.000Z',
			'@_at': '2024-01-31T12:00:00.000Z',
		});
	});

	test('nests objects, repeats arrays, writes inner arrays and object attributes as JSON', () => {
		expect(rowToXmlTree({ a: { b: { c: 'x' } }, list: ['1', { v: 2 }, ['p', 'q']], '@_meta': { k: 1 } }, OPTIONS, 1)).toEqual({
			a: { b: { c: 'x' } },
			list: ['1', { v: '2' }, '["p","q"]'],
			'@_meta': '{"k":1}',
		});
	});

	test('null is an empty element; undefined, empty arrays, functions and symbols are left out', () => {
		expect(rowToXmlTree({ a: null, b: undefined, c: [], d: () => 1, e: Symbol('s'), f: [undefined], '@_g': null }, OPTIONS, 1)).toEqual({ a: null });
	});

	test('sanitises invalid names, keeping valid ones and avoiding clashes', () => {
		expect(rowToXmlTree({ 'first name': 'A', first_name: 'B', '2fa': 'C', '@_data id': '1', '@_data_id': '2' }, OPTIONS, 1)).toEqual({
			first_name_2: 'A',
			first_name: 'B',
			_2fa: 'C',
			'@_data_id_2': '1',
			'@_data_id': '2',
		});
	});

	test('an empty attribute prefix makes every key an element', () => {
		expect(rowToXmlTree({ '@_id': '1' }, { attributePrefix: '', textKey: '#text' }, 1)).toEqual({ __id: '1' });
	});

	test('keeps prototype names as own keys', () => {
		const row: Row = {};
		Object.defineProperty(row, '__proto__', { value: { x: '1' }, enumerable: true });
		const tree = rowToXmlTree(row, OPTIONS, 1);
		expect(Object.keys(tree)).toEqual(['__proto__']);
		expect(Object.getOwnPropertyDescriptor(tree, '__proto__')?.value).toEqual({ x: '1' });
		expect(Object.getPrototypeOf(tree)).toBe(Object.prototype);
	});

	test('refuses invalid dates and circular objects, naming row and field', () => {
		expect(() => rowToXmlTree({ a: { d: new Date('nope') } }, OPTIONS, 3)).toThrow(new FormatError('Invalid date', { row: 3, field: 'a.d' }));
		const circular: Row = { name: 'x' };
		circular.self = circular;
		expect(() => rowToXmlTree(circular, OPTIONS, 1)).toThrow(/circular/);
	});
});
