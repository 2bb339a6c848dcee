import { compileDatePattern, type CompiledDatePattern } from './compileDatePattern';
import { formatInstant } from './formatInstant';

function pattern(text: string): CompiledDatePattern {
	const result = compileDatePattern(text);
	if (!result.ok) throw new Error(result.reason);
	return result.value;
}

describe('formatInstant', () => {
	const summer = Date.parse('2024-07-01T10:05:09.007Z');

	it('writes ISO 8601 with Z for UTC', () => {
		expect(formatInstant(summer, 'UTC', 'iso')).toBe('2024-07-01T10:05:09.007Z');
	});

	it('writes ISO 8601 with the zone offset in force at the instant', () => {
		expect(formatInstant(summer, 'Europe/Berlin', 'iso')).toBe('2024-07-01T12:05:09.007+02:00');
		expect(formatInstant(Date.parse('2024-01-01T10:00:00Z'), 'Europe/Berlin', 'iso')).toBe('2024-01-01T11:00:00.000+01:00');
		expect(formatInstant(Date.parse('2024-01-01T10:00:00Z'), 'Europe/London', 'iso')).toBe('2024-01-01T10:00:00.000+00:00');
		expect(formatInstant(summer, 'America/St_Johns', 'iso')).toBe('2024-07-01T07:35:09.007-02:30');
	});

	it('changes the date when the zone crosses midnight', () => {
		expect(formatInstant(Date.parse('2024-12-31T23:30:00Z'), 'Asia/Tokyo', 'iso')).toBe('2025-01-01T08:30:00.000+09:00');
	});

	it('writes by a pattern', () => {
		expect(formatInstant(summer, 'Europe/Berlin', pattern('dd.MM.yyyy HH:mm'))).toBe('01.07.2024 12:05');
		expect(formatInstant(summer, 'Europe/Berlin', pattern("d/M/yyyy 'at' H:mm:ss.SSS ZZ"))).toBe('1/7/2024 at 12:05:09.007 +02:00');
		expect(formatInstant(summer, 'UTC', pattern('yyyy-MM-ddZZ'))).toBe('2024-07-01+00:00');
	});

	it('pads years below 1000', () => {
		expect(formatInstant(Date.parse('0099-03-04T00:00:00Z'), 'UTC', 'iso')).toBe('0099-03-04T00:00:00.000Z');
	});
});
