import { excelSerialToTime } from './excelSerialToTime';

const iso = (serial: number, date1904 = false) => new Date(excelSerialToTime(serial, date1904)).toISOString();

describe('excelSerialToTime', () => {
	test('converts whole days and times of day in the 1900 system', () => {
		expect(iso(45322)).toBe('2024-01-31T00:00:00.000Z');
		expect(iso(45322.5)).toBe('2024-01-31T12:00:00.000Z');
		expect(iso(25569)).toBe('1970-01-01T00:00:00.000Z');
		expect(iso(61)).toBe('1900-03-01T00:00:00.000Z');
	});

	test('converts the 1904 system', () => {
		expect(iso(43860, true)).toBe('2024-01-31T00:00:00.000Z');
	});

	test('rounds to the nearest millisecond where flooring would be one early', () => {
		// Excel's stored values (17 significant digits) for the seconds of 2024-01-31.
		const serialAt = (second: number) => Number((45322 + second / 86400).toPrecision(17));
		const second = Array.from({ length: 86400 }, (_, s) => s).find((s) => Math.floor((serialAt(s) - 25569) * 86400000) % 1000 === 999);
		expect(second).toBeDefined();
		expect(iso(serialAt(second as number))).toBe(new Date(Date.UTC(2024, 0, 31) + (second as number) * 1000).toISOString());
	});

	test('gets every whole second of a day right', () => {
		for (let s = 0; s < 86400; s += 1) {
			const serial = Number((45322 + s / 86400).toPrecision(17));
			expect(excelSerialToTime(serial, false)).toBe(Date.UTC(2024, 0, 31) + s * 1000);
		}
	});
});
