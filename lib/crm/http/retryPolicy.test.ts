import { DEFAULT_RETRY_POLICY, resolveRetryPolicy } from './retryPolicy';

describe('resolveRetryPolicy', () => {
	it('fills in the defaults', () => {
		const policy = resolveRetryPolicy();
		expect(policy).toMatchObject({ maxRetries: 5, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 });
		expect(policy.random).toBe(Math.random);
	});

	it('keeps given values and ignores undefined ones', () => {
		const policy = resolveRetryPolicy({ maxRetries: 2, baseDelayMs: undefined, maxDelayMs: 50 });
		expect(policy.maxRetries).toBe(2);
		expect(policy.baseDelayMs).toBe(DEFAULT_RETRY_POLICY.baseDelayMs);
		expect(policy.maxDelayMs).toBe(50);
	});

	it('refuses negative or non-finite numbers', () => {
		expect(() => resolveRetryPolicy({ maxRetries: -1 })).toThrow(/maxRetries/);
		expect(() => resolveRetryPolicy({ baseDelayMs: Number.NaN })).toThrow(/baseDelayMs/);
	});

	it('sleeps for real by default', async () => {
		const started = Date.now();
		await resolveRetryPolicy().sleep(20);
		expect(Date.now() - started).toBeGreaterThanOrEqual(15);
	});
});
