import { readTimestamp } from './readTimestamp';

describe('readTimestamp', () => {
	it('reads ISO text as epoch milliseconds, UTC when it has no offset', () => {
		expect(readTimestamp('2024-03-15T10:00:00Z')).toBe(Date.UTC(2024, 2, 15, 10));
		expect(readTimestamp('2024-03-15T12:00:00+02:00')).toBe(Date.UTC(2024, 2, 15, 10));
		expect(readTimestamp(' 2024-03-15 ')).toBe(Date.UTC(2024, 2, 15));
		expect(readTimestamp('2024-03-15 10:30')).toBe(Date.UTC(2024, 2, 15, 10, 30));
	});

	it('reads dates and numbers', () => {
		expect(readTimestamp(new Date(5))).toBe(5);
		expect(readTimestamp(1710496800000)).toBe(1710496800000);
		expect(readTimestamp(' 3 ')).toBe(3);
		expect(readTimestamp(-1.5)).toBe(-1.5);
	});

	it('orders ISO text and epoch milliseconds alike', () => {
		const iso = readTimestamp('2024-01-01T00:00:00.001Z') as number;
		expect(iso > (readTimestamp(Date.UTC(2024, 0, 1)) as number)).toBe(true);
	});

	it.each([null, undefined, '', 'yesterday', '15.03.2024', '2024-02-30', new Date(NaN), NaN, Infinity, true, {}])('gives undefined for %p', (value) => {
		expect(readTimestamp(value)).toBeUndefined();
	});
});
