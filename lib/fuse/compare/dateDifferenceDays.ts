import { readDateDays } from './readDateDays';

/**
 * The absolute number of days between two dates, each read as {@link readDateDays} reads it (ISO
 * `YYYY-MM-DD`, FEBRL `YYYYMMDD`, `Date`); NaN if either is not a readable date. For many pairs,
 * read each record's date once with `readDateDays` instead.
 *
 * @example
 * dateDifferenceDays('2024-03-01', '20240228'); // 2 (2024 is a leap year)
 * dateDifferenceDays('1956-09-09', 'unknown'); // NaN
 */
export function dateDifferenceDays(a: unknown, b: unknown): number {
	return Math.abs(readDateDays(a) - readDateDays(b));
}
