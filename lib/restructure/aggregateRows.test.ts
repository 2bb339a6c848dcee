import { aggregateRows } from './aggregateRows';

describe('aggregateRows', () => {
	const rows = [
		{ id: 1, email: 'a@x.io', address: { city: 'Berlin' } },
		{ id: 2, address: { city: 'Paris' } },
		{ id: 3, email: 'c@x.io' },
	];

	it('collects whole rows under data by default', () => {
		const out = aggregateRows(rows);
		expect(out).toEqual({ data: rows });
		expect(out.data).not.toBe(rows);
		expect(aggregateRows(rows, { destination: 'contacts' })).toEqual({ contacts: rows });
	});

	it('collects one array per field, leaving missing values out', () => {
		expect(aggregateRows(rows, { fields: ['id', 'email', 'address.city'] })).toEqual({
			id: [1, 2, 3],
			email: ['a@x.io', 'c@x.io'],
			'address.city': ['Berlin', 'Paris'],
		});
	});

	it('keeps arrays aligned with keepMissing', () => {
		expect(aggregateRows(rows, { fields: ['email'], keepMissing: true })).toEqual({ email: ['a@x.io', null, 'c@x.io'] });
	});

	it('renames the output fields', () => {
		expect(aggregateRows(rows, { fields: ['email', 'id'], fieldDestinations: { email: 'emails' } })).toEqual({ emails: ['a@x.io', 'c@x.io'], id: [1, 2, 3] });
	});

	it('gives empty arrays for no rows', () => {
		expect(aggregateRows([])).toEqual({ data: [] });
		expect(aggregateRows([], { fields: ['a'] })).toEqual({ a: [] });
	});

	it('uses destination only for whole rows', () => {
		expect(aggregateRows(rows, { fields: ['id'], destination: 'x' })).toEqual({ id: [1, 2, 3] });
	});

	it('rejects two fields with the same output name', () => {
		expect(() => aggregateRows(rows, { fields: ['id', 'email'], fieldDestinations: { email: 'id' } })).toThrow(RangeError);
		expect(() => aggregateRows(rows, { fields: ['id', 'email'], fieldDestinations: { email: 'id' } })).toThrow('same field "id"');
	});

	it('does not read inherited destination names', () => {
		expect(aggregateRows(rows, { fields: ['toString'], fieldDestinations: {} })).toEqual({ toString: [] });
	});

	it('stores a __proto__ destination as an own field', () => {
		const out = aggregateRows(rows, { destination: '__proto__' });
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual(rows);
	});

	it('does not change its input', () => {
		const copy = structuredClone(rows);
		aggregateRows(rows, { fields: ['email'] });
		expect(rows).toEqual(copy);
	});
});
