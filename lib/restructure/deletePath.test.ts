import { deletePath } from './deletePath';

describe('deletePath', () => {
	it('removes a top-level field from a copy', () => {
		const row = { a: 1, b: 2 };
		expect(deletePath(row, 'a')).toEqual({ b: 2 });
		expect(row).toEqual({ a: 1, b: 2 });
	});

	it('removes a nested field and keeps the emptied object', () => {
		const row = { address: { zip: '1' }, keep: { x: 1 } };
		const out = deletePath(row, 'address.zip');
		expect(out).toEqual({ address: {}, keep: { x: 1 } });
		expect(row.address).toEqual({ zip: '1' });
		expect(out.keep).toBe(row.keep);
	});

	it('returns an equal copy when the field is missing', () => {
		const row = { a: { b: 1 } };
		const out = deletePath(row, 'a.c');
		expect(out).toEqual(row);
		expect(out).not.toBe(row);
		expect(deletePath(row, 'x.y')).toEqual(row);
	});

	it('splices an array element out of a copy', () => {
		const row = { items: ['a', 'b', 'c'] };
		expect(deletePath(row, 'items.1')).toEqual({ items: ['a', 'c'] });
		expect(row.items).toEqual(['a', 'b', 'c']);
	});

	it('removes an own __proto__ key without touching the prototype', () => {
		const row = JSON.parse('{"__proto__":{"x":1},"a":1}');
		const out = deletePath(row, '__proto__.x');
		expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({});
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
		expect(Object.keys(deletePath(row, '__proto__'))).toEqual(['a']);
		expect(Object.getPrototypeOf(deletePath({ a: 1 }, '__proto__'))).toBe(Object.prototype);
	});
});
