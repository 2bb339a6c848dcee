import { matchesFilter } from './matchesFilter';

describe('matchesFilter', () => {
	const record = { score: '12', email: 'Ann@X.org', updated_at: '2024-05-02T00:00:00Z', address: { city: 'Berlin' }, empty: null };

	it('compares numbers as numbers', () => {
		expect(matchesFilter(record, { field: 'score', operator: 'gt', value: '9' })).toBe(true);
		expect(matchesFilter(record, { field: 'score', operator: 'lte', value: '12.0' })).toBe(true);
		expect(matchesFilter(record, { field: 'score', operator: 'eq', value: '12' })).toBe(true);
	});

	it('compares dates as instants', () => {
		expect(matchesFilter(record, { field: 'updated_at', operator: 'gte', value: '2024-05-01T23:00:00-02:00' })).toBe(false);
		expect(matchesFilter(record, { field: 'updated_at', operator: 'lt', value: '2024-05-03' })).toBe(true);
	});

	it('compares text, contains ignoring case, dotted paths', () => {
		expect(matchesFilter(record, { field: 'email', operator: 'contains', value: 'ann@' })).toBe(true);
		expect(matchesFilter(record, { field: 'email', operator: 'eq', value: 'ann@x.org' })).toBe(false);
		expect(matchesFilter(record, { field: 'address.city', operator: 'neq', value: 'Paris' })).toBe(true);
		expect(matchesFilter(record, { field: 'address.city', operator: 'gt', value: 'Amsterdam' })).toBe(true);
	});

	it('lets missing and null fields pass only neq', () => {
		for (const field of ['missing', 'empty']) {
			expect(matchesFilter(record, { field, operator: 'neq', value: 'x' })).toBe(true);
			expect(matchesFilter(record, { field, operator: 'eq', value: '' })).toBe(false);
			expect(matchesFilter(record, { field, operator: 'contains', value: '' })).toBe(false);
		}
	});
});
