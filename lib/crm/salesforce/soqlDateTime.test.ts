import { soqlDateTime } from './soqlDateTime';

describe('soqlDateTime', () => {
	it('writes whole seconds in the documented form and keeps milliseconds when there are some', () => {
		expect(soqlDateTime('2024-03-01T10:00:00.000Z', 'cursor')).toBe('2024-03-01T10:00:00Z');
		expect(soqlDateTime('2024-03-01T10:00:00.000+0000', 'cursor')).toBe('2024-03-01T10:00:00Z');
		expect(soqlDateTime('2024-03-01T12:00:00.250+02:00', 'cursor')).toBe('2024-03-01T10:00:00.250Z');
	});

	it('refuses text that is not a date-time, so nothing else reaches the query', () => {
		expect(() => soqlDateTime('2024-03-01T10:00:00Z OR Id != null', 'upper bound')).toThrow(
			'Salesforce upper bound "2024-03-01T10:00:00Z OR Id != null" is not an ISO 8601 date-time with a time zone',
		);
		expect(() => soqlDateTime('2024-03-01', 'cursor time')).toThrow(/cursor time/);
	});
});
