import { backoffDelay } from './backoffDelay';

describe('backoffDelay', () => {
	const policy = { baseDelayMs: 500, maxDelayMs: 30_000 };

	it('is full jitter: U(0, base·2^attempt)', () => {
		expect(backoffDelay(0, { ...policy, random: () => 0.999 })).toBe(499);
		expect(backoffDelay(3, { ...policy, random: () => 0.5 })).toBe(2000);
		expect(backoffDelay(3, { ...policy, random: () => 0 })).toBe(0);
	});

	it('is capped at maxDelayMs', () => {
		expect(backoffDelay(20, { ...policy, random: () => 0.999 })).toBe(29_970);
		expect(backoffDelay(2000, { ...policy, random: () => 0.5 })).toBe(15_000);
	});

	it('stays within bounds for any random value', () => {
		for (let attempt = 0; attempt < 12; attempt++) {
			for (const r of [0, 0.1, 0.5, 0.99, 1, -1, 2]) {
				const delay = backoffDelay(attempt, { ...policy, random: () => r });
				expect(delay).toBeGreaterThanOrEqual(0);
				expect(delay).toBeLessThanOrEqual(Math.min(30_000, 500 * 2 ** attempt));
			}
		}
	});
});
