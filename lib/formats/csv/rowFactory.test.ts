import { rowFactory } from './rowFactory';

describe('rowFactory', () => {
	it('makes a row with the keys in order', () => {
		const row = rowFactory(['id', 'name'])(['1', 'Anna']);
		expect(row).toEqual({ id: '1', name: 'Anna' });
		expect(Object.keys(row)).toEqual(['id', 'name']);
	});

	it('fills missing trailing fields with the empty string', () => {
		expect(rowFactory(['a', 'b', 'c'])(['1'])).toEqual({ a: '1', b: '', c: '' });
	});

	it('makes independent rows', () => {
		const make = rowFactory(['a']);
		const first = make(['1']);
		make(['2']);
		expect(first).toEqual({ a: '1' });
	});

	it('sets prototype keys as own fields without touching any prototype', () => {
		const make = rowFactory(['__proto__', 'constructor', 'prototype', 'x']);
		const row = make(['{"polluted":1}', 'c', 'p', 'x']);
		expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
		expect(Object.keys(row)).toEqual(['__proto__', 'constructor', 'prototype', 'x']);
		expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('{"polluted":1}');
		expect(row.constructor).toBe('c');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(make(['only'])).toEqual(JSON.parse('{"__proto__":"only","constructor":"","prototype":"","x":""}'));
	});
});

describe('rowFactory with own fields', () => {
	it('makes the same rows, prototype keys included', () => {
		const keys = ['id', '__proto__', 'email'];
		const record = ['1', 'x', 'a,anna.smith@example.com'.slice(2)];
		const row = rowFactory(keys, true)(record);
		expect(row).toEqual(rowFactory(keys)(record));
		expect(Object.keys(row)).toEqual(keys);
		expect(row.email).toBe('anna.smith@example.com');
		expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
	});
});
