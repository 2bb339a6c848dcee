import { FormatError } from '../core/formatError';
import { dictionaryToList } from './dictionaryToList';
import { listToDictionary } from './listToDictionary';

describe('listToDictionary', () => {
	const rows = [
		{ code: 'DE', name: 'Germany' },
		{ code: 'FR', name: 'France' },
	];

	it('keys whole rows by a field', () => {
		expect(listToDictionary(rows, 'code')).toEqual({ DE: rows[0], FR: rows[1] });
	});

	it('keys one field value with valueField, null when missing', () => {
		expect(listToDictionary(rows, 'code', { valueField: 'name' })).toEqual({ DE: 'Germany', FR: 'France' });
		expect(listToDictionary([{ code: 'IT' }], 'code', { valueField: 'name' })).toEqual({ IT: null });
	});

	it('reads nested key fields and writes number keys as text', () => {
		expect(listToDictionary([{ id: { n: 7 }, v: 1 }], 'id.n', { valueField: 'v' })).toEqual({ '7': 1 });
	});

	it('rejects duplicate keys by default, naming the row', () => {
		const dup = [...rows, { code: 'DE', name: 'Deutschland' }];
		expect(() => listToDictionary(dup, 'code')).toThrow(FormatError);
		expect(() => listToDictionary(dup, 'code')).toThrow('The key "DE" appears more than once (row 3, field "code")');
		expect(listToDictionary(dup, 'code', { valueField: 'name', duplicates: 'first' })).toEqual({ DE: 'Germany', FR: 'France' });
		expect(listToDictionary(dup, 'code', { valueField: 'name', duplicates: 'last' })).toEqual({ DE: 'Deutschland', FR: 'France' });
	});

	it('rejects missing and non-text keys, naming the row', () => {
		expect(() => listToDictionary([{ code: 'DE' }, { name: 'x' }], 'code')).toThrow('The key field is missing (row 2, field "code")');
		expect(() => listToDictionary([{ code: null }], 'code')).toThrow('The key must be a text or a number (row 1, field "code")');
		expect(() => listToDictionary([{ code: { a: 1 } }], 'code')).toThrow(FormatError);
	});

	it('stores prototype-reaching keys as own entries', () => {
		const out = listToDictionary(
			[
				{ k: '__proto__', v: { polluted: 'yes' } },
				{ k: 'constructor', v: 1 },
				{ k: 'toString', v: 2 },
			],
			'k',
			{ valueField: 'v' },
		);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
		expect(Object.keys(out)).toEqual(['__proto__', 'constructor', 'toString']);
		expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'yes' });
	});

	it('does not treat an inherited name as a duplicate', () => {
		expect(listToDictionary([{ k: 'hasOwnProperty' }], 'k')).toEqual({ hasOwnProperty: { k: 'hasOwnProperty' } });
	});

	it('is undone by dictionaryToList', () => {
		const dictionary = listToDictionary(rows, 'code', { valueField: 'name' });
		expect(dictionaryToList(dictionary, { keyField: 'code', valueField: 'name' })).toEqual(rows);
	});

	it('does not change its input', () => {
		const copy = structuredClone(rows);
		listToDictionary(rows, 'code');
		expect(rows).toEqual(copy);
	});
});
