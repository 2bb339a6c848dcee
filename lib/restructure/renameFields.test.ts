import { FormatError } from '../core/formatError';
import { renameFields } from './renameFields';

describe('renameFields', () => {
	it('renames top-level fields and keeps the rest', () => {
		expect(renameFields({ firstname: 'Ada', id: 1 }, [{ from: 'firstname', to: 'first_name' }])).toEqual({ id: 1, first_name: 'Ada' });
	});

	it('moves fields between nested paths', () => {
		expect(
			renameFields({ zip: '10115', contact: { mail: 'a@x.io', name: 'Ada' } }, [
				{ from: 'zip', to: 'address.zip' },
				{ from: 'contact.mail', to: 'email' },
			]),
		).toEqual({ contact: { name: 'Ada' }, address: { zip: '10115' }, email: 'a@x.io' });
	});

	it('keeps only the renamed fields when keepUnmapped is false', () => {
		expect(renameFields({ a: 1, b: 2, c: { d: 3 } }, [{ from: 'a', to: 'x' }, { from: 'c.d', to: 'y' }], { keepUnmapped: false })).toEqual({ x: 1, y: 3 });
	});

	it('applies all mappings at once, so fields can be swapped', () => {
		expect(renameFields({ a: 1, b: 2 }, [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }])).toEqual({ a: 2, b: 1 });
	});

	it('skips missing fields and overwrites existing targets', () => {
		expect(renameFields({ a: 1, b: 2 }, [{ from: 'missing', to: 'a' }, { from: 'b', to: 'c' }])).toEqual({ a: 1, c: 2 });
		expect(renameFields({ a: 1, b: 2 }, [{ from: 'a', to: 'b' }])).toEqual({ b: 1 });
	});

	it('keeps a field renamed to itself', () => {
		expect(renameFields({ a: 1 }, [{ from: 'a', to: 'a' }])).toEqual({ a: 1 });
	});

	it('rejects two mappings with the same target', () => {
		expect(() => renameFields({ a: 1, b: 2 }, [{ from: 'a', to: 'x' }, { from: 'b', to: 'x' }])).toThrow(RangeError);
	});

	it('throws a FormatError when the target path runs through a value', () => {
		expect(() => renameFields({ a: 1, b: 'text' }, [{ from: 'a', to: 'b.c' }])).toThrow(FormatError);
	});

	it('returns a new row and does not change its input', () => {
		const row = { a: { b: 1 }, c: 2 };
		const copy = structuredClone(row);
		expect(renameFields(row, [])).not.toBe(row);
		renameFields(row, [{ from: 'a.b', to: 'x' }]);
		expect(row).toEqual(copy);
	});

	it('keeps prototype-reaching targets as own data', () => {
		const out = renameFields({ a: 'yes' }, [{ from: 'a', to: '__proto__.polluted' }]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'yes' });
	});
});
