/**
 * A sliding-window rate limit: `acquire()` resolves when a request may start so that no window
 * of `intervalMs` holds more than `requests` starts. Each call reserves its start time at once
 * (the `requests`-th last reservation plus the interval, or now), so callers are served in call
 * order and the schedule depends only on the clock, not on timer races.
 *
 * @example
 * const acquire = rateLimiter({ requests: 10, intervalMs: 1000 });
 * await acquire(); // the 11th call within a second waits until the 1st is a second old
 */
export function rateLimiter(
	limit: { requests: number; intervalMs: number },
	clock: { now: () => number; sleep: (ms: number) => Promise<void> } = { now: () => performance.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.ceil(ms))) },
): () => Promise<void> {
	if (!Number.isInteger(limit.requests) || limit.requests < 1) throw new RangeError(`Rate limit requests must be a whole number of at least 1, got ${String(limit.requests)}`);
	if (!Number.isFinite(limit.intervalMs) || limit.intervalMs <= 0) throw new RangeError(`Rate limit interval must be a positive number of milliseconds, got ${String(limit.intervalMs)}`);
	// The last `requests` reserved start times, oldest first; they never decrease.
	const starts: number[] = [];
	return async () => {
		const now = clock.now();
		const start = starts.length < limit.requests ? now : Math.max(now, starts[starts.length - limit.requests] + limit.intervalMs);
		starts.push(start);
		if (starts.length > limit.requests) starts.shift();
		if (start > now) await clock.sleep(start - now);
	};
}
