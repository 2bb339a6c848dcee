/**
 * Reads a Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. Returns the wait
 * in milliseconds; a negative delay or a date in the past gives 0 (retry now); a missing or
 * unreadable value gives undefined, so the caller falls back to its own backoff.
 *
 * @example
 * retryAfterMs('2', new Date()); // 2000
 * retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', new Date('2015-10-21T07:27:30Z')); // 30000
 * retryAfterMs('soon', new Date()); // undefined
 */
export function retryAfterMs(headerValue: string | undefined | null, now: Date): number | undefined {
	if (headerValue === undefined || headerValue === null) return undefined;
	const text = headerValue.trim();
	if (text === '') return undefined;
	// Fractional seconds are not in the RFC but some servers send them; reading them is harmless.
	if (/^[+-]?\d+(\.\d+)?$/.test(text)) {
		const seconds = Number(text);
		return seconds <= 0 ? 0 : Math.ceil(seconds * 1000);
	}
	// Only text with a month or day name and a time is read as a date (IMF-fixdate, RFC 850 and
	// asctime all have both); Date.parse alone accepts things like "1 2".
	if (!/[a-z]{3}/i.test(text) || !/\d{1,2}:\d{2}:\d{2}/.test(text)) return undefined;
	// HTTP dates are always GMT; asctime writes no zone, which Date.parse would take as local time.
	const at = Date.parse(/\b(GMT|UTC|UT)\b|[+-]\d{4}$/i.test(text) ? text : `${text} GMT`);
	if (Number.isNaN(at)) return undefined;
	return Math.max(0, at - now.getTime());
}
