import { retryAfterMs } from './retryAfterMs';

const now = new Date('2024-05-01T10:00:00.000Z');

describe('retryAfterMs', () => {
	it('reads delay-seconds', () => {
		expect(retryAfterMs('2', now)).toBe(2000);
		expect(retryAfterMs(' 120 ', now)).toBe(120_000);
		expect(retryAfterMs('0.5', now)).toBe(500);
	});

	it('reads an HTTP-date relative to now', () => {
		expect(retryAfterMs('Wed, 01 May 2024 10:00:30 GMT', now)).toBe(30_000);
		expect(retryAfterMs('Wednesday, 01-May-24 10:00:05 GMT', now)).toBe(5000);
		expect(retryAfterMs('Wed May  1 10:00:07 2024', now)).toBe(7000);
	});

	it('gives 0 for negative delays and dates in the past', () => {
		expect(retryAfterMs('-3', now)).toBe(0);
		expect(retryAfterMs('0', now)).toBe(0);
		expect(retryAfterMs('Wed, 01 May 2024 09:59:00 GMT', now)).toBe(0);
	});

	it('gives undefined for missing or unreadable values', () => {
		expect(retryAfterMs(undefined, now)).toBeUndefined();
		expect(retryAfterMs(null, now)).toBeUndefined();
		expect(retryAfterMs('', now)).toBeUndefined();
		expect(retryAfterMs('soon', now)).toBeUndefined();
		expect(retryAfterMs('1 2', now)).toBeUndefined();
		expect(retryAfterMs('12abc', now)).toBeUndefined();
		expect(retryAfterMs('Wed, 99 Foo 2024 10:00:30 GMT', now)).toBeUndefined();
	});
});
