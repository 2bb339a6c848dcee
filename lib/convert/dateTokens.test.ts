import { DATE_TOKENS, formatOffset, parseOffset } from './dateTokens';

describe('DATE_TOKENS', () => {
	const wall = { year: 7, month: 3, day: 5, hour: 4, minute: 9, second: 8, millisecond: 12 };

	it('write each field padded or not as their length says', () => {
		const written = Object.fromEntries(Object.entries(DATE_TOKENS).map(([token, spec]) => [token, spec.write(wall, 3_600_000)]));
		expect(written).toEqual({ yyyy: '0007', MM: '03', M: '3', dd: '05', d: '5', HH: '04', H: '4', mm: '09', ss: '08', SSS: '012', ZZ: '+01:00' });
	});

	it('read what they write', () => {
		for (const [token, spec] of Object.entries(DATE_TOKENS)) {
			expect([token, new RegExp(`^(?:${spec.input})$`).test(spec.write(wall, -3_600_000))]).toEqual([token, true]);
		}
	});
});

describe('formatOffset', () => {
	it('writes ±HH:mm', () => {
		expect(formatOffset(0)).toBe('+00:00');
		expect(formatOffset(5.5 * 3_600_000)).toBe('+05:30');
		expect(formatOffset(-4 * 3_600_000)).toBe('-04:00');
		expect(formatOffset(-(9 * 3600 + 30 * 60) * 1000)).toBe('-09:30');
	});

	it('adds seconds only when there are some', () => {
		expect(formatOffset((19 * 60 + 32) * 1000)).toBe('+00:19:32');
	});
});

describe('parseOffset', () => {
	it('reads Z, ±HH:mm and ±HHmm', () => {
		expect(parseOffset('Z')).toBe(0);
		expect(parseOffset('z')).toBe(0);
		expect(parseOffset('+05:30')).toBe(19_800_000);
		expect(parseOffset('-0400')).toBe(-14_400_000);
	});

	it('reads ±HH only when allowed', () => {
		expect(parseOffset('+02')).toBeUndefined();
		expect(parseOffset('+02', true)).toBe(7_200_000);
	});

	it('refuses offsets that do not exist', () => {
		expect(parseOffset('+24:00')).toBeUndefined();
		expect(parseOffset('+01:60')).toBeUndefined();
		expect(parseOffset('01:00')).toBeUndefined();
		expect(parseOffset('+1:00')).toBeUndefined();
	});
});
