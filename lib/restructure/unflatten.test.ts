import fc from 'fast-check';
import { FormatError } from '../core/formatError';
import { setField, type Row } from '../core/record';
import { flatten } from './flatten';
import { isIndexSegment } from './pathSegments';
import { unflatten } from './unflatten';

describe('unflatten', () => {
	it('nests dotted keys', () => {
		expect(unflatten({ id: 1, 'address.city': 'Berlin', 'address.geo.lat': 52.5 })).toEqual({
			id: 1,
			address: { city: 'Berlin', geo: { lat: 52.5 } },
		});
	});

	it('keeps numeric levels as objects unless arrays are indexed', () => {
		expect(unflatten({ 'tags.0': 'a', 'tags.1': 'b' })).toEqual({ tags: { 0: 'a', 1: 'b' } });
		expect(unflatten({ 'tags.1': 'b', 'tags.0': 'a', 'm.0.x': 1 }, { arrays: 'index' })).toEqual({ tags: ['a', 'b'], m: [{ x: 1 }] });
	});

	it('rebuilds arrays only from contiguous indexes', () => {
		expect(unflatten({ 'a.0': 1, 'a.2': 2, 'b.1': 1, 'c.01': 1, 'd.0': 1, 'd.x': 2 }, { arrays: 'index' })).toEqual({
			a: { 0: 1, 2: 2 },
			b: { 1: 1 },
			c: { '01': 1 },
			d: { 0: 1, x: 2 },
		});
	});

	it('does not turn object values from the input into arrays', () => {
		const out = unflatten({ a: { 0: 'x' } }, { arrays: 'index' });
		expect(Array.isArray(out.a)).toBe(false);
	});

	it('uses a custom separator', () => {
		expect(unflatten({ a__b: 1, 'c.d': 2 }, { separator: '__' })).toEqual({ a: { b: 1 }, 'c.d': 2 });
	});

	it('throws a FormatError naming both fields on a conflict', () => {
		expect(() => unflatten({ a: 1, 'a.b': 2 })).toThrow(FormatError);
		expect(() => unflatten({ a: 1, 'a.b': 2 })).toThrow('Field "a.b" conflicts with field "a" (field "a.b")');
		expect(() => unflatten({ 'a.b': 2, a: 1 })).toThrow('Field "a" conflicts with field "a.b"');
		expect(() => unflatten({ a: { c: 1 }, 'a.b': 2 })).toThrow('Field "a.b" conflicts with field "a"');
		expect(() => unflatten({ 'a.b.c': 1, 'a.b': 2 })).toThrow('Field "a.b" conflicts with field "a.b.c"');
		try {
			unflatten({ a: 1, 'a.b': 2 });
		} catch (error) {
			expect((error as FormatError).location).toEqual({ field: 'a.b' });
		}
		expect.assertions(6);
	});

	it('does not change its input', () => {
		const inner = { c: 1 };
		const row = { 'a.b': inner, x: 1 };
		const out = unflatten(row);
		expect(row).toEqual({ 'a.b': { c: 1 }, x: 1 });
		expect((out.a as Record<string, unknown>).b).toBe(inner);
	});

	it('never pollutes a prototype', () => {
		const before = Object.getOwnPropertyNames(Object.prototype);
		const out = unflatten({
			'__proto__.polluted': 'yes',
			'constructor.prototype.polluted': 'yes',
			'a.__proto__.polluted': 'yes',
			'prototype.polluted': 'yes',
		});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
		expect(Object.getPrototypeOf(out.a)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'yes' });
		expect(Object.keys(out)).toEqual(['__proto__', 'constructor', 'a', 'prototype']);
	});

	// Domain: JSON-like rows (null, booleans, finite numbers, strings, arrays, nested objects) whose
	// keys are non-empty and free of the separator; this is where no information is lost.
	it('inverts flatten (property)', () => {
		const rows = rowArbitrary({ keyFilter: (key) => key !== '' && !key.includes('.'), listsOfRows: true });
		fc.assert(
			fc.property(rows, (row) => {
				expect(unflatten(flatten(row))).toEqual(row);
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			}),
		);
	});

	// Domain as above, and objects are never keyed 0…n-1 (those read back as arrays).
	it('inverts flatten with indexed arrays (property)', () => {
		const rows = rowArbitrary({ keyFilter: (key) => key !== '' && !key.includes('/') && !isIndexSegment(key), listsOfRows: true });
		fc.assert(
			fc.property(rows, (row) => {
				const flat = flatten(row, { separator: '/', arrays: 'index' });
				expect(unflatten(flat, { separator: '/', arrays: 'index' })).toEqual(row);
			}),
		);
	});

	it('produces only empty objects as object values after flatten (property)', () => {
		const rows = rowArbitrary({ keyFilter: (key) => key !== '' && !key.includes('.'), listsOfRows: false });
		fc.assert(
			fc.property(rows, (row) => {
				for (const value of Object.values(flatten(row))) {
					if (value !== null && typeof value === 'object' && !Array.isArray(value)) expect(Object.keys(value)).toEqual([]);
				}
			}),
		);
	});
});

/** JSON-like rows; keys include the prototype-reaching names on purpose, so every property also checks pollution. */
function rowArbitrary(options: { keyFilter: (key: string) => boolean; listsOfRows: boolean }): fc.Arbitrary<Row> {
	const key = fc
		.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'))
		.filter(options.keyFilter);
	const primitive = fc.oneof(fc.constant(null), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 4 }));
	const { row } = fc.letrec<{ row: Row; value: unknown }>((tie) => ({
		row: fc
			.uniqueArray(fc.tuple(key, tie('value')), { selector: ([name]) => name, maxLength: 4 })
			.map((entries) => {
				const built: Row = {};
				for (const [name, value] of entries) setField(built, name, value);
				return built;
			}),
		value: fc.oneof(
			{ depthSize: 'small', withCrossShrink: true },
			primitive,
			fc.array(options.listsOfRows ? fc.oneof(primitive, tie('row')) : primitive, { maxLength: 3 }),
			tie('row'),
		),
	}));
	return row;
}
