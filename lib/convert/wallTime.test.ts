import { invalidWallTime, utcMsToWall, wallToUtcMs, type WallTime } from './wallTime';

const wall = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): WallTime => ({
	year,
	month,
	day,
	hour,
	minute,
	second,
	millisecond,
});

describe('wallToUtcMs / utcMsToWall', () => {
	it('convert between fields and milliseconds', () => {
		expect(wallToUtcMs(wall(1970, 1, 2))).toBe(86_400_000);
		expect(wallToUtcMs(wall(2024, 3, 31, 2, 30, 15, 250))).toBe(Date.parse('2024-03-31T02:30:15.250Z'));
		expect(utcMsToWall(Date.parse('2024-03-31T02:30:15.250Z'))).toEqual(wall(2024, 3, 31, 2, 30, 15, 250));
	});

	it('keep years below 100 as written', () => {
		expect(utcMsToWall(wallToUtcMs(wall(50, 6, 1)))).toEqual(wall(50, 6, 1));
		expect(new Date(wallToUtcMs(wall(1, 1, 1))).toISOString()).toBe('0001-01-01T00:00:00.000Z');
	});
});

describe('invalidWallTime', () => {
	it('accepts existing dates and times', () => {
		expect(invalidWallTime(wall(2024, 2, 29, 23, 59, 59, 999))).toBeUndefined();
		expect(invalidWallTime(wall(2000, 2, 29))).toBeUndefined();
		expect(invalidWallTime(wall(1, 1, 1))).toBeUndefined();
		expect(invalidWallTime(wall(9999, 12, 31))).toBeUndefined();
	});

	it('names what does not exist', () => {
		expect(invalidWallTime(wall(2024, 2, 31))).toBe('2024-02 has only 29 days');
		expect(invalidWallTime(wall(2023, 2, 29))).toBe('2023-02 has only 28 days');
		expect(invalidWallTime(wall(1900, 2, 29))).toBe('1900-02 has only 28 days');
		expect(invalidWallTime(wall(2024, 4, 31))).toBe('2024-04 has only 30 days');
		expect(invalidWallTime(wall(2024, 1, 0))).toBe('day 0 does not exist');
		expect(invalidWallTime(wall(2024, 13, 1))).toBe('month 13 does not exist');
		expect(invalidWallTime(wall(2024, 0, 1))).toBe('month 0 does not exist');
		expect(invalidWallTime(wall(2024, 1, 1, 24))).toBe('hour 24 does not exist');
		expect(invalidWallTime(wall(2024, 1, 1, 0, 60))).toBe('minute 60 does not exist');
		expect(invalidWallTime(wall(2024, 1, 1, 0, 0, 60))).toBe('second 60 does not exist');
		expect(invalidWallTime(wall(0, 1, 1))).toBe('year 0 is outside 1–9999');
		expect(invalidWallTime(wall(10000, 1, 1))).toBe('year 10000 is outside 1–9999');
	});
});
