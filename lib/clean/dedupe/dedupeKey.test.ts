import fc from 'fast-check';
import { readPath } from '../../restructure/readPath';
import { dedupeKey } from './dedupeKey';

describe('dedupeKey', () => {
	describe('exact', () => {
		const key = dedupeKey(['name', 'zip'], 'exact');

		it('matches equal values only', () => {
			expect(key({ name: 'Tom', zip: '10115' })).toBe(key({ zip: '10115', name: 'Tom', other: 1 }));
			expect(key({ name: 'Tom', zip: '10115' })).not.toBe(key({ name: 'tom', zip: '10115' }));
			expect(key({ name: 'Tom', zip: 10115 })).not.toBe(key({ name: 'Tom', zip: '10115' }));
		});

		it('compares objects by content, whatever their key order', () => {
			const byAddress = dedupeKey(['address'], 'exact');
			expect(byAddress({ address: { street: 'A', city: 'B' } })).toBe(byAddress({ address: { city: 'B', street: 'A' } }));
			expect(byAddress({ address: { street: 'A' } })).not.toBe(byAddress({ address: { street: 'B' } }));
		});

		it('treats all missing values alike', () => {
			expect(key({ name: 'Tom', zip: null })).toBe(key({ name: 'Tom' }));
			expect(key({ name: 'Tom', zip: '  ' })).toBe(key({ name: 'Tom', zip: '' }));
		});

		it('keeps fields apart, so values cannot run into each other', () => {
			expect(key({ name: 'ab', zip: 'c' })).not.toBe(key({ name: 'a', zip: 'bc' }));
			expect(key({ name: 'a\u0000"', zip: 'b' })).not.toBe(key({ name: 'a', zip: '"\u0000b' }));
			expect(key({ name: 'x' })).not.toBe(key({ zip: 'x' }));
		});
	});

	describe('fingerprint', () => {
		const key = dedupeKey(['name', 'city'], 'fingerprint');

		it('matches values with the same fingerprint', () => {
			expect(key({ name: 'Cruise, Tom', city: 'Berlin' })).toBe(key({ name: 'tom  cruise', city: 'BERLIN ' }));
			expect(key({ name: 'Ägypten GmbH', city: 'Köln' })).toBe(key({ name: 'agypten gmbh', city: 'koln' }));
			expect(key({ name: 'Tom', city: 'Berlin' })).not.toBe(key({ name: 'Tim', city: 'Berlin' }));
		});

		it('reads numbers as their decimal text', () => {
			const byZip = dedupeKey(['zip'], 'fingerprint');
			expect(byZip({ zip: 10115 })).toBe(byZip({ zip: '10115' }));
			expect(byZip({ zip: 1.5 })).toBe(byZip({ zip: '1.5' }));
		});

		it('treats a value that is only punctuation as missing', () => {
			expect(key({ name: '-', city: '...' })).toBeUndefined();
			expect(key({ name: 'Tom', city: '-' })).toBe(key({ name: 'Tom' }));
		});

		it('keeps fields apart', () => {
			expect(key({ name: 'a b', city: '' })).not.toBe(key({ name: 'a', city: 'b' }));
		});
	});

	it.each(['exact', 'fingerprint'] as const)('%s: is undefined when every key field is missing', (mode) => {
		const key = dedupeKey(['a', 'b'], mode);
		expect(key({})).toBeUndefined();
		expect(key({ a: null, b: undefined })).toBeUndefined();
		expect(key({ a: '', b: ' \t\n\u00A0' })).toBeUndefined();
		expect(key({ a: 0, b: null })).toBeDefined();
		expect(key({ a: false })).toBeDefined();
	});

	it('reads own properties only, unless given a reader', () => {
		const key = dedupeKey(['toString'], 'exact');
		expect(key({})).toBeUndefined();
		const nested = dedupeKey(['address.city'], 'exact', (record, field) => {
			const found = readPath(record, field);
			return found.found ? found.value : undefined;
		});
		expect(nested({ address: { city: 'Berlin' } })).toBe(nested({ address: { city: 'Berlin', zip: 1 } }));
		expect(nested({ address: { city: 'Berlin' } })).not.toBe(nested({ address: { city: 'Bonn' } }));
	});

	it('needs at least one field', () => {
		expect(() => dedupeKey([], 'exact')).toThrow(RangeError);
	});

	it('gives equal keys exactly for equal field values (exact)', () => {
		const key = dedupeKey(['a', 'b'], 'exact');
		const value = fc.oneof(fc.constantFrom(null, '', 0, '0', 1, '1', 'x', 'X', true), fc.string());
		fc.assert(
			fc.property(value, value, value, value, (a1, b1, a2, b2) => {
				const blank = (v: unknown) => v === null || (typeof v === 'string' && v.trim() === '');
				const same = (x: unknown, y: unknown) => x === y || (blank(x) && blank(y));
				const bothBlank = blank(a1) && blank(b1);
				if (bothBlank) expect(key({ a: a1, b: b1 })).toBeUndefined();
				else expect(key({ a: a1, b: b1 }) === key({ a: a2, b: b2 })).toBe(same(a1, a2) && same(b1, b2));
			}),
		);
	});
});
