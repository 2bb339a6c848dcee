import type { RetryPolicy } from './retryPolicy';

/**
 * The wait before retry number `attempt` (0 for the first retry) when the server gave no
 * Retry-After: capped exponential backoff with full jitter, U(0, min(maxDelayMs, baseDelayMs · 2^attempt)).
 * Full jitter spreads clients that failed together (AWS "Exponential Backoff and Jitter").
 *
 * @example
 * backoffDelay(3, { baseDelayMs: 500, maxDelayMs: 30000, random: () => 0.5 }); // 2000 (half of 4000)
 */
export function backoffDelay(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt));
	const random = Math.min(Math.max(policy.random(), 0), 1);
	return Math.floor(random * ceiling);
}
