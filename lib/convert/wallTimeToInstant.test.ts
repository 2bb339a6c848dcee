import fc from 'fast-check';
import { zoneOffset } from './timeZone';
import { wallTimeToInstant } from './wallTimeToInstant';
import { utcMsToWall, type WallTime } from './wallTime';

const at = (year: number, month: number, day: number, hour: number, minute = 0): WallTime => ({ year, month, day, hour, minute, second: 0, millisecond: 0 });
const iso = (ms: number) => new Date(ms).toISOString();

describe('wallTimeToInstant', () => {
	it('reads wall time in UTC as is', () => {
		expect(iso(wallTimeToInstant(at(2024, 3, 15, 10, 30), 'UTC'))).toBe('2024-03-15T10:30:00.000Z');
	});

	it('applies winter and summer offsets', () => {
		expect(iso(wallTimeToInstant(at(2024, 1, 15, 12), 'Europe/Berlin'))).toBe('2024-01-15T11:00:00.000Z');
		expect(iso(wallTimeToInstant(at(2024, 7, 15, 12), 'Europe/Berlin'))).toBe('2024-07-15T10:00:00.000Z');
		expect(iso(wallTimeToInstant(at(2024, 7, 15, 12), 'America/Los_Angeles'))).toBe('2024-07-15T19:00:00.000Z');
	});

	it('reads times next to a transition with the right offset', () => {
		expect(iso(wallTimeToInstant(at(2024, 3, 31, 1, 59), 'Europe/Berlin'))).toBe('2024-03-31T00:59:00.000Z');
		expect(iso(wallTimeToInstant(at(2024, 3, 31, 3, 0), 'Europe/Berlin'))).toBe('2024-03-31T01:00:00.000Z');
	});

	it('moves a skipped wall time forward by the gap', () => {
		// 02:30 does not exist in Berlin on 31 March 2024; it is read as 03:30 CEST.
		expect(iso(wallTimeToInstant(at(2024, 3, 31, 2, 30), 'Europe/Berlin'))).toBe('2024-03-31T01:30:00.000Z');
		expect(iso(wallTimeToInstant(at(2024, 3, 10, 2, 30), 'America/New_York'))).toBe('2024-03-10T07:30:00.000Z');
		// Samoa skipped 30 December 2011 entirely, crossing the date line: noon becomes noon of the 31st.
		expect(iso(wallTimeToInstant(at(2011, 12, 30, 12), 'Pacific/Apia'))).toBe('2011-12-30T22:00:00.000Z');
	});

	it('takes the earlier of a repeated wall time', () => {
		// 02:30 happens twice in Berlin on 27 October 2024: first at +02:00.
		expect(iso(wallTimeToInstant(at(2024, 10, 27, 2, 30), 'Europe/Berlin'))).toBe('2024-10-27T00:30:00.000Z');
		expect(iso(wallTimeToInstant(at(2024, 11, 3, 1, 30), 'America/New_York'))).toBe('2024-11-03T05:30:00.000Z');
	});

	it('handles the southern hemisphere and the date line', () => {
		expect(iso(wallTimeToInstant(at(2024, 1, 15, 12), 'Australia/Sydney'))).toBe('2024-01-15T01:00:00.000Z');
		expect(iso(wallTimeToInstant(at(2024, 7, 15, 12), 'Pacific/Kiritimati'))).toBe('2024-07-14T22:00:00.000Z');
	});
});

describe('wallTimeToInstant (property)', () => {
	// Domain: instants 1900–2100 in zones with DST, half-hour offsets and a skipped day, and
	// instants within 3 hours of known offset changes, where the rule matters.
	const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Apia', 'America/Sao_Paulo'];
	const changes: Array<[string, string]> = [
		['Europe/Berlin', '2024-03-31T01:00:00Z'],
		['Europe/Berlin', '2024-10-27T01:00:00Z'],
		['America/New_York', '2024-03-10T07:00:00Z'],
		['America/New_York', '2024-11-03T06:00:00Z'],
		['Australia/Lord_Howe', '2024-04-06T15:00:00Z'],
		['Australia/Lord_Howe', '2024-10-05T16:00:00Z'],
		['Pacific/Apia', '2011-12-30T10:00:00Z'],
		['America/Sao_Paulo', '2018-11-04T03:00:00Z'],
	];
	const anywhere = fc.tuple(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }));
	const nearChange = fc
		.tuple(fc.constantFrom(...changes), fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }))
		.map(([[zone, at], shift]): [string, number] => [zone, Date.parse(at) + shift]);

	it('finds an instant showing the same wall time, the earlier one when the time repeats', () => {
		fc.assert(
			fc.property(fc.oneof(anywhere, nearChange), ([zone, epochMs]) => {
				const wall = utcMsToWall(epochMs + zoneOffset(zone, epochMs));
				const instant = wallTimeToInstant(wall, zone);
				expect(utcMsToWall(instant + zoneOffset(zone, instant))).toEqual(wall);
				expect(instant).toBeLessThanOrEqual(epochMs);
				// Earlier only by a repeat: the same wall time one offset change before.
				if (instant !== epochMs) expect(zoneOffset(zone, instant)).toBeGreaterThan(zoneOffset(zone, epochMs));
			}),
			{ numRuns: 500 },
		);
	});
});
