const MS_PER_DAY = 86_400_000;

/**
 * The date a value holds, as whole days since 1970-01-01 (negative before), or NaN when it holds
 * no valid date. Reads:
 * - ISO text `YYYY-MM-DD`, optionally followed by a time (`T…` or a space), which is ignored;
 * - FEBRL's `YYYYMMDD`, as text or as an 8-digit whole number (CSV readers turn it into one);
 * - `Date` objects (the UTC day of their instant).
 *
 * Impossible dates (`19561331`, `2023-02-29`) give NaN, so that, as Splink's
 * `invalid_dates_as_null`, they can count as missing. Parse once per record, not per pair.
 *
 * @example
 * readDateDays('1970-01-02'); // 1
 * readDateDays('19560909'); // -4862
 * readDateDays(19560909); // -4862
 * readDateDays('1956-02-30'); // NaN
 */
export function readDateDays(value: unknown): number {
	if (value instanceof Date) {
		const time = value.getTime();
		return Number.isNaN(time) ? NaN : Math.floor(time / MS_PER_DAY);
	}
	if (typeof value === 'number') {
		if (!Number.isInteger(value) || value < 10_000_101 || value > 99_991_231) return NaN;
		return civilDays(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
	}
	if (typeof value !== 'string') return NaN;
	const text = value.trim();
	if (text.length === 8) {
		const year = digitsAt(text, 0, 4);
		const month = digitsAt(text, 4, 2);
		const day = digitsAt(text, 6, 2);
		return year < 0 || month < 0 || day < 0 ? NaN : civilDays(year, month, day);
	}
	if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
	if (text.length > 10 && text[10] !== 'T' && text[10] !== 't' && text[10] !== ' ') return NaN;
	const year = digitsAt(text, 0, 4);
	const month = digitsAt(text, 5, 2);
	const day = digitsAt(text, 8, 2);
	return year < 0 || month < 0 || day < 0 ? NaN : civilDays(year, month, day);
}

/** The number written by `length` ASCII digits from `start`, or -1 if any is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
	let number = 0;
	for (let i = start; i < start + length; i++) {
		const digit = text.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) return -1;
		number = number * 10 + digit;
	}
	return number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), NaN if impossible. */
function civilDays(year: number, month: number, day: number): number {
	if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
