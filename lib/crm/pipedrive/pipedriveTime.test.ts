import { pipedriveTime } from './pipedriveTime';

describe('pipedriveTime', () => {
	it('reads v1 times as UTC and v2 RFC 3339', () => {
		expect(pipedriveTime('2024-05-01 10:00:00')).toBe(Date.UTC(2024, 4, 1, 10));
		expect(pipedriveTime('2024-05-01T10:00:00Z')).toBe(Date.UTC(2024, 4, 1, 10));
		expect(pipedriveTime('2024-05-01T12:00:00+02:00')).toBe(Date.UTC(2024, 4, 1, 10));
	});

	it('gives undefined for anything else', () => {
		expect(pipedriveTime('soon')).toBeUndefined();
		expect(pipedriveTime(null)).toBeUndefined();
		expect(pipedriveTime('')).toBeUndefined();
	});
});
