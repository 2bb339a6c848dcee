import { FormatError } from '../core/formatError';
import { writePath } from './writePath';

describe('writePath', () => {
	it('sets a top-level field on a copy', () => {
		const row = { a: 1 };
		const out = writePath(row, 'b', 2);
		expect(out).toEqual({ a: 1, b: 2 });
		expect(row).toEqual({ a: 1 });
	});

	it('sets a nested field, copying only the objects on the path', () => {
		const row = { address: { city: 'Berlin' }, other: { x: 1 } };
		const out = writePath(row, 'address.zip', '10115');
		expect(out).toEqual({ address: { city: 'Berlin', zip: '10115' }, other: { x: 1 } });
		expect(row.address).toEqual({ city: 'Berlin' });
		expect(out.other).toBe(row.other);
	});

	it('creates missing objects', () => {
		expect(writePath({}, 'a.b.c', 1)).toEqual({ a: { b: { c: 1 } } });
	});

	it('writes to a flat key that equals the path', () => {
		expect(writePath({ 'a.b': 1 }, 'a.b', 2)).toEqual({ 'a.b': 2 });
	});

	it('writes into an array element without changing the input array', () => {
		const row = { items: [{ price: '3' }] };
		const out = writePath(row, 'items.0.price', 3);
		expect(out).toEqual({ items: [{ price: 3 }] });
		expect(row.items[0].price).toBe('3');
	});

	it('throws a FormatError naming the field when the path runs through a value', () => {
		expect(() => writePath({ a: 5 }, 'a.b', 1)).toThrow(FormatError);
		expect(() => writePath({ a: 5 }, 'a.b', 1)).toThrow('Cannot set "a.b": "a" is not an object (field "a.b")');
		expect(() => writePath({ a: [1] }, 'a.x', 1)).toThrow(FormatError);
		expect(() => writePath({ a: [1] }, 'a.3', 1)).toThrow(FormatError);
	});

	it('copies an own __proto__ key of the input as data', () => {
		const row = JSON.parse('{"__proto__":{"polluted":"yes"},"a":{"__proto__":{"polluted":"yes"}}}');
		const out = writePath(row, 'a.b', 1);
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
		expect(Object.getPrototypeOf(out.a)).toBe(Object.prototype);
		expect(Object.keys(out)).toEqual(['__proto__', 'a']);
		expect(Object.keys(out.a as object)).toEqual(['__proto__', 'b']);
		expect((out as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('keeps __proto__ and constructor as own data keys', () => {
		const out = writePath({}, '__proto__.polluted', 'yes');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
		expect(Object.keys(out)).toEqual(['__proto__']);
		expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'yes' });
		const withConstructor = writePath({}, 'constructor.prototype.polluted', 'yes');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.hasOwn(withConstructor, 'constructor')).toBe(true);
	});
});
