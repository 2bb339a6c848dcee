import { NAMED_DATE_FORMATS, type DateReading } from './namedDateFormats';
import type { WallTime } from './wallTime';

const read = (name: string, text: string) => NAMED_DATE_FORMATS[name](text);
const wall = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): WallTime => ({
	year,
	month,
	day,
	hour,
	minute,
	second,
	millisecond,
});
const reading = (value: DateReading) => ({ ok: true, value });

describe('NAMED_DATE_FORMATS.iso', () => {
	it('reads dates and date-times without offset as wall time', () => {
		expect(read('iso', '2024-03-15')).toEqual(reading({ wall: wall(2024, 3, 15) }));
		expect(read('iso', '2024-03-15T10:30')).toEqual(reading({ wall: wall(2024, 3, 15, 10, 30) }));
		expect(read('iso', '2024-03-15 10:30:45')).toEqual(reading({ wall: wall(2024, 3, 15, 10, 30, 45) }));
		expect(read('iso', '2024-03-15t10:30:45.1')).toEqual(reading({ wall: wall(2024, 3, 15, 10, 30, 45, 100) }));
		expect(read('iso', '2024-03-15T10:30:45,123456')).toEqual(reading({ wall: wall(2024, 3, 15, 10, 30, 45, 123) }));
	});

	it('reads offsets in all ISO spellings', () => {
		expect(read('iso', '2024-03-15T10:30:00Z')).toEqual(reading({ wall: wall(2024, 3, 15, 10, 30), offsetMs: 0 }));
		expect(read('iso', '2024-03-15T10:30:00+05:30')).toEqual(reading({ wall: wall(2024, 3, 15, 10, 30), offsetMs: 19_800_000 }));
		expect(read('iso', '2024-03-15T10:30-0400')).toEqual(reading({ wall: wall(2024, 3, 15, 10, 30), offsetMs: -14_400_000 }));
		expect(read('iso', '2024-03-15T10:30+02')).toEqual(reading({ wall: wall(2024, 3, 15, 10, 30), offsetMs: 7_200_000 }));
	});

	it('fails for dates that do not exist', () => {
		expect(read('iso', '2024-02-30')).toEqual({ ok: false, reason: '2024-02 has only 29 days' });
		expect(read('iso', '2024-03-15T24:00')).toEqual({ ok: false, reason: 'hour 24 does not exist' });
		expect(read('iso', '2024-03-15T10:00+24:00')).toEqual({ ok: false, reason: 'offset +24:00 does not exist' });
	});

	it('does not match other shapes', () => {
		for (const text of ['15.03.2024', '2024-3-15', '20240315', '2024-03-15Z', '2024-03-15T10', '2024-03-15T10:30:00 +01:00', '2024-W11-5', '']) {
			expect([text, read('iso', text)]).toEqual([text, undefined]);
		}
	});
});

describe('NAMED_DATE_FORMATS.unix and unix_ms', () => {
	it('read seconds and milliseconds since 1970', () => {
		expect(read('unix', '1710498600')).toEqual(reading({ epochMs: 1_710_498_600_000 }));
		expect(read('unix', '1710498600.25')).toEqual(reading({ epochMs: 1_710_498_600_250 }));
		expect(read('unix', '-86400')).toEqual(reading({ epochMs: -86_400_000 }));
		expect(read('unix_ms', '1710498600123')).toEqual(reading({ epochMs: 1_710_498_600_123 }));
	});

	it('do not match other text', () => {
		expect(read('unix', '1e9')).toBeUndefined();
		expect(read('unix', '2024-03-15')).toBeUndefined();
		expect(read('unix_ms', '1.5')).toBeUndefined();
	});
});

describe('NAMED_DATE_FORMATS.excel', () => {
	it('reads serial day numbers as wall time', () => {
		expect(read('excel', '45366')).toEqual(reading({ wall: wall(2024, 3, 15) }));
		expect(read('excel', '45366.4375')).toEqual(reading({ wall: wall(2024, 3, 15, 10, 30) }));
		expect(read('excel', '1')).toEqual(reading({ wall: wall(1900, 1, 1) }));
		expect(read('excel', '59')).toEqual(reading({ wall: wall(1900, 2, 28) }));
		expect(read('excel', '61')).toEqual(reading({ wall: wall(1900, 3, 1) }));
		expect(read('excel', '2958465')).toEqual(reading({ wall: wall(9999, 12, 31) }));
	});

	it('rounds a time a hair before midnight up to the next day', () => {
		expect(read('excel', '45366.99999999999')).toEqual(reading({ wall: wall(2024, 3, 16) }));
	});

	it('fails outside its range and on the nonexistent 29 Feb 1900', () => {
		expect(read('excel', '0.5')).toEqual({ ok: false, reason: '0.5 is outside the Excel date range' });
		expect(read('excel', '2958466')).toEqual({ ok: false, reason: '2958466 is outside the Excel date range' });
		expect(read('excel', '60')).toEqual({ ok: false, reason: 'Excel day 60 is 29 February 1900, which did not exist' });
	});

	it('does not match other text', () => {
		expect(read('excel', '45,366')).toBeUndefined();
	});
});
