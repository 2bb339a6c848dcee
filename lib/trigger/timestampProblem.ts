/** How old a signed timestamp may be: HubSpot's documented 5 minutes (its SDKs' MAX_ALLOWED_TIMESTAMP). */
export const MAX_TIMESTAMP_AGE_MS = 300_000;

/**
 * Below this a timestamp is read as epoch seconds, from it on as epoch milliseconds: 1e11 ms is
 * March 1973 and 1e11 s is the year 5138, so no real timestamp is ambiguous. HubSpot and our own
 * sink send milliseconds; many other senders send seconds.
 */
const SECONDS_BELOW = 1e11;

/**
 * What is wrong with a request's signed timestamp, or `undefined` when it is fresh. It must be
 * whole epoch milliseconds (or seconds, see above) within `maxAgeMs` of `now`, in the past or
 * in the future: a signature stamped ahead of time would stay replayable for longer than the
 * window, and a sender's clock may run a little fast, so the tolerance is the same both ways.
 * Exactly `maxAgeMs` old is still fresh (HubSpot's SDKs reject only `now - timestamp > max`).
 * A timestamp that is absent or not a whole number is 'missing-timestamp'.
 *
 * @example
 * timestampProblem('1700000000000', 1_700_000_060_000, 300_000); // undefined (one minute old)
 * timestampProblem('1700000000000', 1_700_000_400_000, 300_000); // 'stale'
 * timestampProblem('yesterday', 1_700_000_000_000, 300_000); // 'missing-timestamp'
 */
export function timestampProblem(timestamp: string | undefined, now: number, maxAgeMs: number): 'missing-timestamp' | 'stale' | undefined {
	if (timestamp === undefined || !/^\d{1,16}$/.test(timestamp)) return 'missing-timestamp';
	const value = Number(timestamp);
	const ms = value < SECONDS_BELOW ? value * 1000 : value;
	// A clock that cannot be read (NaN) must not let everything through.
	if (!Number.isFinite(now)) return 'stale';
	return Math.abs(now - ms) > maxAgeMs ? 'stale' : undefined;
}
