import { pickFields } from './pickFields';

describe('pickFields', () => {
	const record = { id: 1, updated: 'x', name: 'A', address: { zip: '1', city: 'B' } };

	it('keeps the fields asked for and the always fields', () => {
		expect(pickFields(record, ['address.zip'], ['id', 'updated'])).toEqual({ id: 1, updated: 'x', address: { zip: '1' } });
		expect(pickFields(record, ['name', 'missing', 'id'], ['id'])).toEqual({ id: 1, name: 'A' });
	});

	it('keeps the whole record without a list', () => {
		expect(pickFields(record, undefined, ['id'])).toBe(record);
		expect(pickFields(record, [], ['id'])).toBe(record);
	});
});
