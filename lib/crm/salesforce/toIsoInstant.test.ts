import { toIsoInstant } from './toIsoInstant';

describe('toIsoInstant', () => {
	it('reads Salesforce date-times (offset without a colon)', () => {
		expect(toIsoInstant('2013-05-20T20:49:32.000+0000')).toBe('2013-05-20T20:49:32.000Z');
		expect(toIsoInstant('2013-05-20T22:49:32.000+0200')).toBe('2013-05-20T20:49:32.000Z');
		expect(toIsoInstant('2013-05-20T20:49:32.000-0130')).toBe('2013-05-20T22:19:32.000Z');
	});

	it('reads ISO 8601 with Z or an offset with a colon, with or without fractions', () => {
		expect(toIsoInstant('2024-03-01T10:00:00Z')).toBe('2024-03-01T10:00:00.000Z');
		expect(toIsoInstant('2024-03-01T10:00:00.5Z')).toBe('2024-03-01T10:00:00.500Z');
		expect(toIsoInstant('2024-03-01T10:00:00.123456Z')).toBe('2024-03-01T10:00:00.123Z');
		expect(toIsoInstant('2024-03-01T00:30:00+01:00')).toBe('2024-02-29T23:30:00.000Z');
	});

	it('gives null for missing values, dates without time or zone, and impossible dates', () => {
		for (const value of [undefined, null, 17, '', '2024-03-01', '2024-03-01T10:00:00', 'yesterday', '2024-02-30T10:00:00Z', '2024-13-01T10:00:00Z', '2024-01-01T24:00:00Z']) {
			expect([value, toIsoInstant(value)]).toEqual([value, null]);
		}
	});
});
