import { toDate, type DateOptions } from './toDate';

const value = (input: unknown, options: DateOptions = {}) => {
	const result = toDate(input, options);
	return result.ok ? result.value : result.reason;
};

describe('toDate', () => {
	it('reads ISO 8601 by default and writes ISO in UTC', () => {
		expect(value('2024-03-15')).toBe('2024-03-15T00:00:00.000Z');
		expect(value('2024-03-15T10:30:00+01:00')).toBe('2024-03-15T09:30:00.000Z');
		expect(value(' 2024-03-15T10:30:00.5Z ')).toBe('2024-03-15T10:30:00.500Z');
	});

	it('reads a value without offset in the time zone, with the offset of that date', () => {
		expect(value('2024-01-15 12:00', { timeZone: 'Europe/Berlin' })).toBe('2024-01-15T12:00:00.000+01:00');
		expect(value('2024-07-15 12:00', { timeZone: 'Europe/Berlin' })).toBe('2024-07-15T12:00:00.000+02:00');
		expect(value('2024-07-15', { timeZone: 'America/New_York' })).toBe('2024-07-15T00:00:00.000-04:00');
	});

	it('moves a wall time skipped by DST forward and takes the first of a repeated one', () => {
		const berlin = { timeZone: 'Europe/Berlin', inputFormats: ['dd.MM.yyyy HH:mm'] };
		expect(value('31.03.2024 02:30', berlin)).toBe('2024-03-31T03:30:00.000+02:00');
		expect(value('27.10.2024 02:30', berlin)).toBe('2024-10-27T02:30:00.000+02:00');
		expect(value('27.10.2024 03:30', berlin)).toBe('2024-10-27T03:30:00.000+01:00');
	});

	it('keeps the instant of a value with offset and shows it in the time zone', () => {
		expect(value('2024-03-15T10:00:00Z', { timeZone: 'America/New_York' })).toBe('2024-03-15T06:00:00.000-04:00');
		expect(value('2024-10-27T01:30:00Z', { timeZone: 'Europe/Berlin' })).toBe('2024-10-27T02:30:00.000+01:00');
	});

	it('tries input formats in order, the first valid reading deciding', () => {
		const formats = { inputFormats: ['ISO', 'dd.MM.yyyy', 'MM/dd/yyyy', 'yyyy-MM-dd HH:mm:ss', 'dd.MM.yyyy HH:mm'] };
		expect(value('15.03.2024', formats)).toBe('2024-03-15T00:00:00.000Z');
		expect(value('03/15/2024', formats)).toBe('2024-03-15T00:00:00.000Z');
		expect(value('15.03.2024 10:30', formats)).toBe('2024-03-15T10:30:00.000Z');
		expect(value('01/02/2024', { inputFormats: ['dd/MM/yyyy', 'MM/dd/yyyy'] })).toBe('2024-02-01T00:00:00.000Z');
		expect(value('01/02/2024', { inputFormats: ['MM/dd/yyyy', 'dd/MM/yyyy'] })).toBe('2024-01-02T00:00:00.000Z');
	});

	it('goes on to the next format when a date of matching shape does not exist', () => {
		expect(value('25/12/2024', { inputFormats: ['MM/dd/yyyy', 'dd/MM/yyyy'] })).toBe('2024-12-25T00:00:00.000Z');
	});

	it('fails a nonexistent date with the reason from the first format of its shape', () => {
		expect(value('31.02.2024', { inputFormats: ['dd.MM.yyyy'] })).toBe('"31.02.2024" is not a valid date: 2024-02 has only 29 days');
		expect(value('13/25/2024', { inputFormats: ['ISO', 'MM/dd/yyyy', 'dd/MM/yyyy'] })).toBe('"13/25/2024" is not a valid date: month 13 does not exist');
		expect(value('2023-02-29')).toBe('"2023-02-29" is not a valid date: 2023-02 has only 28 days');
	});

	it('fails a value of no listed shape, naming the formats', () => {
		expect(value('15.03.2024')).toBe('"15.03.2024" does not match the date formats ISO');
		expect(value('tomorrow', { inputFormats: ['ISO', 'dd.MM.yyyy'] })).toBe('"tomorrow" does not match the date formats ISO, dd.MM.yyyy');
		expect(value('')).toBe('an empty text does not match the date formats ISO');
	});

	it('reads unix seconds, milliseconds and Excel serials, as text or numbers', () => {
		expect(value(1710498600, { inputFormats: ['unix'] })).toBe('2024-03-15T10:30:00.000Z');
		expect(value('1710498600', { inputFormats: ['unix'] })).toBe('2024-03-15T10:30:00.000Z');
		expect(value(1710498600123, { inputFormats: ['unix_ms'] })).toBe('2024-03-15T10:30:00.123Z');
		expect(value(45366.4375, { inputFormats: ['excel'] })).toBe('2024-03-15T10:30:00.000Z');
		expect(value(45366.4375, { inputFormats: ['excel'], timeZone: 'Europe/Berlin' })).toBe('2024-03-15T10:30:00.000+01:00');
		expect(value(20240315, { inputFormats: ['yyyyMMdd'] })).toBe('2024-03-15T00:00:00.000Z');
		expect(value(1710498600, { inputFormats: ['UNIX'], timeZone: 'Asia/Tokyo' })).toBe('2024-03-15T19:30:00.000+09:00');
	});

	it('takes a Date as its instant', () => {
		expect(value(new Date('2024-03-15T10:30:00Z'), { timeZone: 'Europe/Berlin' })).toBe('2024-03-15T11:30:00.000+01:00');
		expect(value(new Date(NaN))).toBe('an invalid date cannot be converted');
	});

	it('writes an output pattern in the time zone', () => {
		expect(value('2024-03-15T10:00:00Z', { timeZone: 'America/New_York', output: 'dd.MM.yyyy HH:mm' })).toBe('15.03.2024 06:00');
		expect(value('15.03.2024', { inputFormats: ['dd.MM.yyyy'], output: 'yyyy-MM-dd' })).toBe('2024-03-15');
		expect(value('2024-03-15', { output: 'ISO' })).toBe('2024-03-15T00:00:00.000Z');
	});

	it('fails clearly for an unknown time zone', () => {
		expect(value('2024-03-15', { timeZone: 'Mars/Base' })).toBe('unknown time zone "Mars/Base"');
	});

	it('fails for bad formats even when an earlier one would match', () => {
		expect(value('2024-03-15', { inputFormats: ['ISO', 'DD.MM.YYYY'] })).toMatch(/^unknown token "DD" in date format "DD.MM.YYYY"/);
		expect(value('2024-03-15', { output: 'YYYY' })).toMatch(/^unknown token "YYYY"/);
		expect(value('10:30', { inputFormats: ['HH:mm'] })).toBe('date format "HH:mm" needs yyyy, MM and dd to read a date');
		expect(value('2024-03-15', { inputFormats: [] })).toBe('no input date format is given');
	});

	it('refuses values that are not dates', () => {
		expect(value(null)).toBe('null is not a date');
		expect(value(true)).toBe('true is not a date');
		expect(value({})).toBe('an object is not a date');
		expect(value(NaN, { inputFormats: ['unix'] })).toBe('NaN is not a date');
	});

	it('refuses years outside 0001–9999 in the output zone', () => {
		expect(value('0001-01-01T00:00:00Z')).toBe('0001-01-01T00:00:00.000Z');
		expect(value('0001-01-01T00:00:00Z', { timeZone: 'America/New_York' })).toBe('"0001-01-01T00:00:00Z" is outside the years 1–9999');
		expect(value('9999-12-31T23:59:59Z')).toBe('9999-12-31T23:59:59.000Z');
		expect(value('9999-12-31T23:59:59Z', { timeZone: 'Asia/Tokyo' })).toMatch(/outside the years/);
		expect(value('99999999999999', { inputFormats: ['unix'] })).toMatch(/outside the years/);
		expect(value('0000-01-01')).toBe('"0000-01-01" is not a valid date: year 0 is outside 1–9999');
	});
});
