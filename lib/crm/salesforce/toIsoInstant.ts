// Salesforce writes `2013-05-20T20:49:32.000+0000` (offset without a colon), which not every
// Date parser reads; the parts are taken apart by hand instead.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Converts a Salesforce date-time (or any ISO 8601 date-time with `Z` or an offset, with or
 * without a colon) to ISO 8601 in UTC with milliseconds, as `Date#toISOString` writes it.
 * Returns null for anything else (missing values, dates without a time, unreadable text).
 *
 * @example
 * toIsoInstant('2013-05-20T20:49:32.000+0000'); // '2013-05-20T20:49:32.000Z'
 * toIsoInstant('2013-05-20T22:49:32+02:00'); // '2013-05-20T20:49:32.000Z'
 * toIsoInstant('2013-05-20'); // null
 */
export function toIsoInstant(text: unknown): string | null {
	if (typeof text !== 'string') return null;
	const match = INSTANT.exec(text.trim());
	if (!match) return null;
	const [, year, month, day, hour, minute, second, fraction = '', zone] = match;
	const values = [year, month, day, hour, minute, second].map(Number);
	if (values[1] < 1 || values[1] > 12 || values[2] < 1 || values[2] > 31 || values[3] > 23 || values[4] > 59 || values[5] > 59) return null;
	let offsetMinutes = 0;
	if (zone !== 'Z') {
		const digits = zone.replace(':', '');
		const sign = digits.startsWith('-') ? -1 : 1;
		offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
	}
	const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
	const utc = Date.UTC(values[0], values[1] - 1, values[2], values[3], values[4], values[5], millis) - offsetMinutes * 60_000;
	const date = new Date(utc);
	// Date.UTC rolls 31 February over into March; such a date is not a real one.
	if (new Date(Date.UTC(values[0], values[1] - 1, values[2])).getUTCDate() !== values[2]) return null;
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
