import type { WallTime } from './wallTime';

/** A field a date pattern token reads or writes. */
export type DateField = keyof WallTime | 'offset';

export interface DateToken {
	field: DateField;
	/** Regular expression source for reading the token. */
	input: string;
	/** Writes the token for a wall time whose zone is `offsetMs` ahead of UTC. */
	write: (wall: WallTime, offsetMs: number) => string;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The tokens of date patterns, for reading and writing alike, spelled as in Luxon and Unicode
 * (`yyyy`, not Moment's `YYYY`). Letters outside this table are refused, which catches the
 * Moment spellings instead of misreading them; put other letters in single quotes (`'T'`).
 * There are no month names, 12-hour clocks or two-digit years: each would need a locale or a
 * century guess.
 */
export const DATE_TOKENS: Readonly<Record<string, DateToken>> = {
	yyyy: { field: 'year', input: '\\d{4}', write: (w) => pad(w.year, 4) },
	MM: { field: 'month', input: '\\d{2}', write: (w) => pad(w.month, 2) },
	M: { field: 'month', input: '\\d{1,2}', write: (w) => String(w.month) },
	dd: { field: 'day', input: '\\d{2}', write: (w) => pad(w.day, 2) },
	d: { field: 'day', input: '\\d{1,2}', write: (w) => String(w.day) },
	HH: { field: 'hour', input: '\\d{2}', write: (w) => pad(w.hour, 2) },
	H: { field: 'hour', input: '\\d{1,2}', write: (w) => String(w.hour) },
	mm: { field: 'minute', input: '\\d{2}', write: (w) => pad(w.minute, 2) },
	ss: { field: 'second', input: '\\d{2}', write: (w) => pad(w.second, 2) },
	SSS: { field: 'millisecond', input: '\\d{3}', write: (w) => pad(w.millisecond, 3) },
	ZZ: { field: 'offset', input: '[Zz]|[+-]\\d{2}:?\\d{2}', write: (_w, offsetMs) => formatOffset(offsetMs) },
};

/**
 * Writes a UTC offset as `±HH:mm`, adding `:ss` only for the odd historical offset with seconds.
 *
 * @example
 * formatOffset(5.5 * 3600000); // '+05:30'
 * formatOffset(-4 * 3600000); // '-04:00'
 */
export function formatOffset(offsetMs: number): string {
	const sign = offsetMs < 0 ? '-' : '+';
	const totalSeconds = Math.round(Math.abs(offsetMs) / 1000);
	const hours = Math.floor(totalSeconds / 3600);
	const minutes = Math.floor((totalSeconds % 3600) / 60);
	const seconds = totalSeconds % 60;
	return `${sign}${pad(hours, 2)}:${pad(minutes, 2)}${seconds ? `:${pad(seconds, 2)}` : ''}`;
}

/**
 * Reads a UTC offset written `Z`, `±HH:mm` or `±HHmm` (also `±HH` when `allowHoursOnly`), in
 * milliseconds; `undefined` if it is not one or is beyond ±23:59.
 *
 * @example
 * parseOffset('+05:30'); // 19800000
 * parseOffset('Z'); // 0
 */
export function parseOffset(text: string, allowHoursOnly = false): number | undefined {
	if (text === 'Z' || text === 'z') return 0;
	const match = (allowHoursOnly ? /^([+-])(\d{2})(?::?(\d{2}))?$/ : /^([+-])(\d{2}):?(\d{2})$/).exec(text);
	if (!match) return undefined;
	const hours = Number(match[2]);
	const minutes = Number(match[3] ?? '0');
	if (hours > 23 || minutes > 59) return undefined;
	return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}
