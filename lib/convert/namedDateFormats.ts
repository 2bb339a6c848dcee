import { parseOffset } from './dateTokens';
import { failure, succeed, type ConversionResult } from './result';
import { invalidWallTime, utcMsToWall, type WallTime } from './wallTime';

/** What an input format read: a wall time (with an offset if the text had one) or an instant. */
export type DateReading = { wall: WallTime; offsetMs?: number } | { epochMs: number };

/**
 * Reads a trimmed text: `undefined` if the text does not have the format's shape, a failure if
 * it has the shape but is not a real date, the reading otherwise.
 */
export type DateReader = (text: string) => ConversionResult<DateReading> | undefined;

const DAY_MS = 86_400_000;
/** Excel's day 0 as it counts from day 61 on; before that its (nonexistent) 29 Feb 1900 shifts the count by a day. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_MAX_SERIAL = 2_958_466; // 10000-01-01

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Input formats with a name instead of a pattern (names compared ignoring case):
 * - `ISO`: ISO 8601 / RFC 3339 calendar dates: `2024-03-15`, `2024-03-15T10:30`,
 *   `2024-03-15 10:30:00.123456`, with `Z`, `±HH:mm`, `±HHmm` or `±HH`; a space may replace the
 *   `T`; digits beyond milliseconds are cut off. Week and ordinal dates and the compact basic
 *   format (`20240315T1030`) are not read; use a pattern for the last.
 * - `unix`: seconds since 1970-01-01 UTC, decimals allowed (`1710498600`, `1710498600.5`).
 * - `unix_ms`: whole milliseconds since 1970-01-01 UTC.
 * - `excel`: an Excel serial day number in the 1900 date system (`45366`, `45366.4375` for
 *   10:30), a wall time read in the time zone. Serials below 1, and 60 (Excel's nonexistent
 *   29 Feb 1900), fail. The 1904 system of old Mac workbooks is not supported.
 *
 * @example
 * NAMED_DATE_FORMATS.unix('0'); // { ok: true, value: { epochMs: 0 } }
 */
export const NAMED_DATE_FORMATS: Readonly<Record<string, DateReader>> = {
	iso: readIso,
	unix: (text) => (/^-?\d+(\.\d+)?$/.test(text) ? succeed({ epochMs: Math.round(Number(text) * 1000) }) : undefined),
	unix_ms: (text) => (/^-?\d+$/.test(text) ? succeed({ epochMs: Number(text) }) : undefined),
	excel: readExcelSerial,
};

function readIso(text: string): ConversionResult<DateReading> | undefined {
	const match = ISO_PATTERN.exec(text);
	if (!match) return undefined;
	const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', offset] = match;
	const wall: WallTime = {
		year: Number(year),
		month: Number(month),
		day: Number(day),
		hour: Number(hour),
		minute: Number(minute),
		second: Number(second),
		millisecond: Number(fraction.padEnd(3, '0').slice(0, 3)),
	};
	const invalid = invalidWallTime(wall);
	if (invalid !== undefined) return failure(invalid);
	if (offset === undefined) return succeed({ wall });
	const offsetMs = parseOffset(offset, true);
	return offsetMs === undefined ? failure(`offset ${offset} does not exist`) : succeed({ wall, offsetMs });
}

function readExcelSerial(text: string): ConversionResult<DateReading> | undefined {
	if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
	const serial = Number(text);
	if (serial < 1 || serial >= EXCEL_MAX_SERIAL) return failure(`${text} is outside the Excel date range`);
	let days = Math.floor(serial);
	let ms = Math.round((serial - days) * DAY_MS);
	if (ms === DAY_MS) {
		days += 1;
		ms = 0;
	}
	if (days === 60) return failure('Excel day 60 is 29 February 1900, which did not exist');
	const shift = days < 60 ? DAY_MS : 0;
	return succeed({ wall: utcMsToWall(EXCEL_EPOCH_MS + days * DAY_MS + shift + ms) });
}
