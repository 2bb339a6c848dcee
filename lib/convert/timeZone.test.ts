import { resolveTimeZone, zoneOffset } from './timeZone';

const HOUR = 3_600_000;

describe('resolveTimeZone', () => {
	it('returns the canonical name of a known zone', () => {
		expect(resolveTimeZone('Europe/Berlin')).toEqual({ ok: true, value: 'Europe/Berlin' });
		expect(resolveTimeZone('europe/berlin')).toEqual({ ok: true, value: 'Europe/Berlin' });
		expect(resolveTimeZone('UTC')).toEqual({ ok: true, value: 'UTC' });
		expect(resolveTimeZone('Etc/UTC')).toEqual({ ok: true, value: 'UTC' });
	});

	it('fails clearly for an unknown zone', () => {
		expect(resolveTimeZone('Mars/Base')).toEqual({ ok: false, reason: 'unknown time zone "Mars/Base"' });
		expect(resolveTimeZone('')).toEqual({ ok: false, reason: 'unknown time zone ""' });
	});
});

describe('zoneOffset', () => {
	it('follows daylight saving time', () => {
		expect(zoneOffset('Europe/Berlin', Date.parse('2024-01-15T12:00:00Z'))).toBe(HOUR);
		expect(zoneOffset('Europe/Berlin', Date.parse('2024-07-15T12:00:00Z'))).toBe(2 * HOUR);
		expect(zoneOffset('America/New_York', Date.parse('2024-07-15T12:00:00Z'))).toBe(-4 * HOUR);
		expect(zoneOffset('America/New_York', Date.parse('2024-01-15T12:00:00Z'))).toBe(-5 * HOUR);
	});

	it('changes exactly at the transition instant', () => {
		// Berlin springs forward at 01:00 UTC on 31 March 2024.
		expect(zoneOffset('Europe/Berlin', Date.parse('2024-03-31T00:59:59.999Z'))).toBe(HOUR);
		expect(zoneOffset('Europe/Berlin', Date.parse('2024-03-31T01:00:00.000Z'))).toBe(2 * HOUR);
	});

	it('handles zones with half-hour offsets and no DST', () => {
		expect(zoneOffset('Asia/Kolkata', Date.parse('2024-07-15T12:00:00Z'))).toBe(5.5 * HOUR);
		expect(zoneOffset('UTC', Date.parse('2024-07-15T12:34:56.789Z'))).toBe(0);
	});

	it('works for instants before 1970 and before year 1', () => {
		expect(zoneOffset('UTC', Date.parse('1969-12-31T23:59:59.500Z'))).toBe(0);
		expect(zoneOffset('UTC', Date.parse('0001-01-01T00:00:00Z') - 1)).toBe(0);
	});
});
