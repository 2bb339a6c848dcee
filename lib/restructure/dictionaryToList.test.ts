import { FormatError } from '../core/formatError';
import { dictionaryToList } from './dictionaryToList';

describe('dictionaryToList', () => {
	it('makes one key/value row per entry', () => {
		expect(dictionaryToList({ DE: 'Germany', FR: { name: 'France' } })).toEqual([
			{ key: 'DE', value: 'Germany' },
			{ key: 'FR', value: { name: 'France' } },
		]);
	});

	it('uses the given field names', () => {
		expect(dictionaryToList({ DE: 'Germany' }, { keyField: 'code', valueField: 'name' })).toEqual([{ code: 'DE', name: 'Germany' }]);
	});

	it('follows JavaScript key order: integer-like keys first', () => {
		expect(dictionaryToList({ b: 1, 2: 2, a: 3, 1: 4 }).map((row) => row.key)).toEqual(['1', '2', 'b', 'a']);
	});

	it('gives no rows for an empty object', () => {
		expect(dictionaryToList({})).toEqual([]);
	});

	it('rejects values that are not objects', () => {
		for (const value of ['abc', [1, 2], null, 5, new Date()]) {
			expect(() => dictionaryToList(value)).toThrow(FormatError);
		}
	});

	it('rejects equal key and value field names', () => {
		expect(() => dictionaryToList({ a: 1 }, { keyField: 'x', valueField: 'x' })).toThrow(RangeError);
	});

	it('keeps prototype-reaching names as own fields', () => {
		const dictionary = JSON.parse('{"__proto__":{"polluted":"yes"}}');
		const [row] = dictionaryToList(dictionary, { keyField: 'constructor', valueField: '__proto__' });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
		expect(Object.keys(row)).toEqual(['constructor', '__proto__']);
		expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toEqual({ polluted: 'yes' });
	});

	it('does not change its input', () => {
		const dictionary = { a: { b: 1 } };
		dictionaryToList(dictionary);
		expect(dictionary).toEqual({ a: { b: 1 } });
	});
});
