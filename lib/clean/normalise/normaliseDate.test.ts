import { normaliseDate, type NormaliseDateOptions } from './normaliseDate';

const value = (input: unknown, options: NormaliseDateOptions) => {
	const result = normaliseDate(input, options);
	return result.ok ? result.value : result.reason;
};

const formats = ['ISO', 'dd.MM.yyyy', 'MM/dd/yyyy'];

describe('normaliseDate', () => {
	it('writes a calendar date by default, from any listed input format', () => {
		expect(normaliseDate('15.03.2024', { inputFormats: formats })).toEqual({ ok: true, value: '2024-03-15' });
		expect(value('03/15/2024', { inputFormats: formats })).toBe('2024-03-15');
		expect(value('2024-03-15T23:30:00Z', { inputFormats: formats })).toBe('2024-03-15');
		expect(value(new Date(Date.UTC(2024, 2, 15, 12)), { inputFormats: formats })).toBe('2024-03-15');
		expect(value(45366, { inputFormats: ['excel'] })).toBe('2024-03-15');
	});

	it('writes the date in the time zone', () => {
		expect(value('2024-03-15T23:30:00Z', { inputFormats: formats, timeZone: 'Europe/Berlin' })).toBe('2024-03-16');
	});

	it('writes ISO date and time for dateTime, and any other pattern as given', () => {
		expect(value('15.03.2024', { inputFormats: formats, output: 'dateTime' })).toBe('2024-03-15T00:00:00.000Z');
		expect(value('15.03.2024', { inputFormats: formats, output: 'dateTime', timeZone: 'Europe/Berlin' })).toBe('2024-03-15T00:00:00.000+01:00');
		expect(value('2024-03-15', { inputFormats: formats, output: 'MM/dd/yyyy' })).toBe('03/15/2024');
	});

	it('fails dates of no listed format and nonexistent dates', () => {
		expect(value('15.03.24', { inputFormats: formats })).toBe('"15.03.24" does not match the date formats ISO, dd.MM.yyyy, MM/dd/yyyy');
		expect(value('31.02.2024', { inputFormats: formats })).toBe('"31.02.2024" is not a valid date: 2024-02 has only 29 days');
		expect(value(null, { inputFormats: formats })).toBe('null is not a date');
		expect(value(undefined, { inputFormats: formats })).toBe('undefined is not a date');
	});

	it('fails every value when the options are bad', () => {
		expect(normaliseDate('2024-03-15', { inputFormats: [] }).ok).toBe(false);
		expect(normaliseDate('2024-03-15', { inputFormats: ['DD.MM.YYYY'] }).ok).toBe(false);
		expect(normaliseDate('2024-03-15', { inputFormats: ['ISO'], output: 'YYYY' }).ok).toBe(false);
	});
});
