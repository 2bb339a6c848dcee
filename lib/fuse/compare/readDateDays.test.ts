import fc from 'fast-check';
import { readDateDays } from './readDateDays';

const utcDays = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

describe('readDateDays', () => {
	it('reads ISO dates, FEBRL YYYYMMDD text and numbers, and Date objects', () => {
		expect(readDateDays('1970-01-01')).toBe(0);
		expect(readDateDays('1970-01-02')).toBe(1);
		expect(readDateDays('1969-12-31')).toBe(-1);
		expect(readDateDays('19560909')).toBe(utcDays(1956, 9, 9));
		expect(readDateDays(19560909)).toBe(utcDays(1956, 9, 9));
		expect(readDateDays(' 2000-02-29 ')).toBe(utcDays(2000, 2, 29));
		expect(readDateDays('2024-03-01T23:59:00+05:00')).toBe(utcDays(2024, 3, 1));
		expect(readDateDays('2024-03-01 12:00')).toBe(utcDays(2024, 3, 1));
		expect(readDateDays(new Date(Date.UTC(2024, 2, 1, 18)))).toBe(utcDays(2024, 3, 1));
	});

	it('gives NaN for impossible dates and anything else', () => {
		for (const value of ['19561331', '1956-02-30', '2023-02-29', '1900-02-29', '00000101', '2024-1-01', '2024-01-01x', '2024/01/01', 'soon', '', null, undefined, true, 1956, 19.5, new Date(NaN), {}]) {
			expect(readDateDays(value)).toBeNaN();
		}
	});

	it('agrees with Date.UTC for every valid date', () => {
		fc.assert(
			fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
				const iso = date.toISOString().slice(0, 10);
				const expected = Math.floor(date.getTime() / 86_400_000);
				expect(readDateDays(iso)).toBe(expected);
				expect(readDateDays(iso.replace(/-/g, ''))).toBe(expected);
				expect(readDateDays(date)).toBe(expected);
			}),
		);
	});
});
