import { instantMs } from './instantMs';

describe('instantMs', () => {
	it('reads ISO text, epoch seconds and epoch milliseconds', () => {
		expect(instantMs('2024-05-01T10:00:00Z')).toBe(1714557600000);
		expect(instantMs('2024-05-01T12:00:00+02:00')).toBe(1714557600000);
		expect(instantMs(1714557600)).toBe(1714557600000);
		expect(instantMs('1714557600000')).toBe(1714557600000);
	});

	it('is undefined for anything else', () => {
		expect(instantMs('soon')).toBeUndefined();
		expect(instantMs('')).toBeUndefined();
		expect(instantMs(null)).toBeUndefined();
		expect(instantMs(Number.NaN)).toBeUndefined();
		expect(instantMs({})).toBeUndefined();
	});
});
