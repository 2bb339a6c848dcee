/** How `sendRequest` retries rate limits, server errors and network failures. */
export interface RetryPolicy {
	/** Retries after the first attempt (so at most `maxRetries + 1` attempts). Default 5. */
	maxRetries: number;
	/** Backoff base: attempt n waits U(0, min(maxDelayMs, baseDelayMs · 2^n)). Default 500. */
	baseDelayMs: number;
	/** Backoff cap. Default 30 000. */
	maxDelayMs: number;
	/** Longest Retry-After honoured; longer values are clamped to it. Default 120 000. */
	maxRetryAfterMs: number;
	/** Source of randomness in [0, 1) for the jitter (injectable so tests are deterministic). */
	random: () => number;
	sleep: (ms: number) => Promise<void>;
	/** Told before each wait, e.g. to log or count retries. */
	onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
	/** The clock used to read Retry-After dates. Default `() => new Date()`. */
	now?: () => Date;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
	maxRetries: 5,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
	maxRetryAfterMs: 120_000,
	random: Math.random,
	sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Fills the missing fields of a partial policy with the defaults. Options explicitly set to
 * `undefined` fall back to the default too, so callers can pass optional settings straight through.
 *
 * @example
 * resolveRetryPolicy({ baseDelayMs: 5, maxDelayMs: 50 }).maxRetries; // 5
 */
export function resolveRetryPolicy(partial: Partial<RetryPolicy> = {}): RetryPolicy {
	const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY };
	for (const [key, value] of Object.entries(partial) as Array<[keyof RetryPolicy, unknown]>) {
		if (value !== undefined) (policy as unknown as Record<string, unknown>)[key] = value;
	}
	for (const key of ['maxRetries', 'baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) {
		const value = policy[key];
		if (!Number.isFinite(value) || value < 0) throw new RangeError(`Retry policy ${key} must be a non-negative number, got ${String(value)}`);
	}
	policy.maxRetries = Math.floor(policy.maxRetries);
	return policy;
}
