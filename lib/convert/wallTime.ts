/** A calendar date and clock time as written, before a time zone says which instant it is. */
export interface WallTime {
	year: number;
	/** 1–12. */
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	millisecond: number;
}

/** Years a date may have: four-digit years, which every output pattern can write. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/**
 * The wall time's fields read as if in UTC, in milliseconds since 1970: the arithmetic form of a
 * wall time. `setUTCFullYear` is used because `Date.UTC` maps years 0–99 to 1900–1999.
 *
 * @example
 * wallToUtcMs({ year: 1970, month: 1, day: 2, hour: 0, minute: 0, second: 0, millisecond: 0 }); // 86400000
 */
export function wallToUtcMs(wall: WallTime): number {
	const date = new Date(0);
	date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
	date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
	return date.getTime();
}

/**
 * The inverse of {@link wallToUtcMs}.
 *
 * @example
 * utcMsToWall(86400000); // { year: 1970, month: 1, day: 2, hour: 0, minute: 0, second: 0, millisecond: 0 }
 */
export function utcMsToWall(ms: number): WallTime {
	const date = new Date(ms);
	return {
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate(),
		hour: date.getUTCHours(),
		minute: date.getUTCMinutes(),
		second: date.getUTCSeconds(),
		millisecond: date.getUTCMilliseconds(),
	};
}

/**
 * Why a wall time does not exist (`'2023-02 has only 28 days'`), or `undefined` if it does.
 * Leap years follow the Gregorian calendar; leap seconds (`:60`) are refused.
 *
 * @example
 * invalidWallTime({ year: 2024, month: 2, day: 30, hour: 0, minute: 0, second: 0, millisecond: 0 }); // '2024-02 has only 29 days'
 */
export function invalidWallTime(wall: WallTime): string | undefined {
	if (wall.year < MIN_YEAR || wall.year > MAX_YEAR) return `year ${wall.year} is outside ${MIN_YEAR}–${MAX_YEAR}`;
	if (wall.month < 1 || wall.month > 12) return `month ${wall.month} does not exist`;
	const days = daysInMonth(wall.year, wall.month);
	if (wall.day < 1 || wall.day > days) {
		return wall.day < 1 ? `day ${wall.day} does not exist` : `${wall.year}-${String(wall.month).padStart(2, '0')} has only ${days} days`;
	}
	if (wall.hour > 23) return `hour ${wall.hour} does not exist`;
	if (wall.minute > 59) return `minute ${wall.minute} does not exist`;
	if (wall.second > 59) return `second ${wall.second} does not exist`;
	return undefined;
}

function daysInMonth(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
