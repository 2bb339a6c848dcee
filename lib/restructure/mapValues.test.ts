import { mapValues } from './mapValues';

describe('mapValues', () => {
	const countries = { Germany: 'DE', France: 'FR', '1': 'one', true: 'yes' };

	it('replaces a value by its table entry', () => {
		expect(mapValues({ id: 1, country: 'Germany' }, 'country', countries)).toEqual({ id: 1, country: 'DE' });
		expect(mapValues({ country: ' France ' }, 'country', countries)).toEqual({ country: 'FR' });
	});

	it('accepts a Map as the table', () => {
		const table = new Map<string, unknown>([['Germany', 'DE'], ['constructor', 'C']]);
		expect(mapValues({ country: 'Germany' }, 'country', table)).toEqual({ country: 'DE' });
		expect(mapValues({ country: 'GERMANY' }, 'country', table, { ignoreCase: true })).toEqual({ country: 'DE' });
		expect(mapValues({ country: 'constructor' }, 'country', table)).toEqual({ country: 'C' });
		expect(mapValues({ country: 'toString' }, 'country', table, { default: 'empty' })).toEqual({ country: null });
	});

	it('looks numbers and booleans up by their text', () => {
		expect(mapValues({ v: 1 }, 'v', countries)).toEqual({ v: 'one' });
		expect(mapValues({ v: true }, 'v', countries)).toEqual({ v: 'yes' });
	});

	it('maps a nested field', () => {
		expect(mapValues({ address: { country: 'France', city: 'Paris' } }, 'address.country', countries)).toEqual({
			address: { country: 'FR', city: 'Paris' },
		});
	});

	it('applies the default to values not in the table', () => {
		expect(mapValues({ country: 'Narnia' }, 'country', countries)).toEqual({ country: 'Narnia' });
		expect(mapValues({ country: 'Narnia' }, 'country', countries, { default: 'keep' })).toEqual({ country: 'Narnia' });
		expect(mapValues({ country: 'Narnia' }, 'country', countries, { default: 'empty' })).toEqual({ country: null });
		expect(mapValues({ country: 'Narnia' }, 'country', countries, { default: { value: 'XX' } })).toEqual({ country: 'XX' });
		expect(mapValues({ country: 'Narnia' }, 'country', countries, { default: { value: 'keep' } })).toEqual({ country: 'keep' });
		expect(mapValues({ country: { name: 'x' } }, 'country', countries, { default: 'empty' })).toEqual({ country: null });
	});

	it('matches case-insensitively only when asked', () => {
		expect(mapValues({ country: 'germany' }, 'country', countries)).toEqual({ country: 'germany' });
		expect(mapValues({ country: 'GERMANY' }, 'country', countries, { ignoreCase: true })).toEqual({ country: 'DE' });
	});

	it('leaves a missing field missing', () => {
		expect(mapValues({ id: 1 }, 'country', countries, { default: 'empty' })).toEqual({ id: 1 });
	});

	it('never finds inherited table entries', () => {
		for (const value of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
			expect(mapValues({ v: value }, 'v', countries, { default: 'empty' })).toEqual({ v: null });
			expect(mapValues({ v: value }, 'v', countries, { default: 'empty', ignoreCase: true })).toEqual({ v: null });
		}
		const table = JSON.parse('{"__proto__":"own"}');
		expect(mapValues({ v: '__proto__' }, 'v', table)).toEqual({ v: 'own' });
	});

	it('returns a new row and does not change its input', () => {
		const row = { address: { country: 'Germany' } };
		const out = mapValues(row, 'address.country', countries);
		expect(row).toEqual({ address: { country: 'Germany' } });
		expect(mapValues(row, 'missing', countries)).not.toBe(row);
		expect(out).not.toBe(row);
	});
});
