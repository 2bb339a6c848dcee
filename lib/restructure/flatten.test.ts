import { FormatError } from '../core/formatError';
import { flatten } from './flatten';

describe('flatten', () => {
	it('joins nested keys with dots and keeps arrays whole by default', () => {
		const when = new Date('2024-01-01T00:00:00Z');
		expect(flatten({ id: 1, address: { city: 'Berlin', geo: { lat: 52.5 } }, tags: [{ a: 1 }], when })).toEqual({
			id: 1,
			'address.city': 'Berlin',
			'address.geo.lat': 52.5,
			tags: [{ a: 1 }],
			when,
		});
	});

	it('indexes arrays when asked', () => {
		expect(flatten({ tags: ['a', 'b'], items: [{ sku: 'x' }], none: [] }, { arrays: 'index' })).toEqual({
			'tags.0': 'a',
			'tags.1': 'b',
			'items.0.sku': 'x',
			none: [],
		});
	});

	it('keeps empty objects as values so unflatten can restore them', () => {
		expect(flatten({ a: {}, b: { c: {} } })).toEqual({ a: {}, 'b.c': {} });
	});

	it('uses a custom separator', () => {
		expect(flatten({ a: { b: 1 } }, { separator: '__' })).toEqual({ a__b: 1 });
	});

	it('does not change its input', () => {
		const row = { a: { b: { c: 1 } }, l: [1] };
		const copy = structuredClone(row);
		flatten(row, { arrays: 'index' });
		expect(row).toEqual(copy);
	});

	it('throws a FormatError naming the key when two paths collide', () => {
		expect(() => flatten({ 'a.b': 1, a: { b: 2 } })).toThrow(FormatError);
		expect(() => flatten({ 'a.b': 1, a: { b: 2 } })).toThrow('Two fields flatten to the same key "a.b" (field "a.b")');
	});

	it('throws instead of looping on an object that contains itself', () => {
		const row: Record<string, unknown> = { a: {} };
		(row.a as Record<string, unknown>).self = row.a;
		expect(() => flatten(row)).toThrow('An object contains itself');
	});

	it('allows the same object twice when it is not its own ancestor', () => {
		const shared = { x: 1 };
		expect(flatten({ a: shared, b: shared })).toEqual({ 'a.x': 1, 'b.x': 1 });
	});

	it('writes __proto__ and constructor keys as own fields', () => {
		const row = JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');
		const out = flatten(row);
		expect(Object.keys(out)).toEqual(['__proto__.polluted', 'constructor.prototype.polluted']);
		const top = flatten(JSON.parse('{"__proto__":[1]}'));
		expect(Object.getOwnPropertyDescriptor(top, '__proto__')?.value).toEqual([1]);
		expect(Object.getPrototypeOf(top)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
