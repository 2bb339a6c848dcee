'use strict';
/**
 * The signed-webhook scheme the sink verifies (and the Third-Party Sync node produces):
 *
 *   X-Timestamp: <epoch milliseconds>
 *   X-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + '.' + rawBody)>
 *
 * The raw body bytes are signed, never a re-serialisation of the parsed JSON (re-serialising is
 * the classic verification bug). A timestamp further than `toleranceMs` (5 minutes) from the
 * receiver's clock, in either direction, is rejected, which bounds replay of a captured request.
 */
const { createHmac, timingSafeEqual } = require('node:crypto');

const DEFAULT_TOLERANCE_MS = 5 * 60 * 1000;

/** The header value for `rawBody` (string or Buffer) signed at `timestamp` (ms). */
function sign(secret, timestamp, rawBody) {
	const mac = createHmac('sha256', String(secret));
	mac.update(`${timestamp}.`);
	mac.update(Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(String(rawBody ?? ''), 'utf8'));
	return `sha256=${mac.digest('hex')}`;
}

/** Both headers for a request body, for tests that play the sender. */
function signatureHeaders(secret, rawBody, timestamp = Date.now()) {
	return { 'X-Timestamp': String(timestamp), 'X-Signature': sign(secret, timestamp, rawBody) };
}

/**
 * Checks the headers (lower-case names, as Node gives them) against the raw body.
 * Returns undefined when valid, else `{ code, message }` (the message never contains the secret
 * or the expected signature).
 */
function verify(secret, headers, rawBody, { now = Date.now(), toleranceMs = DEFAULT_TOLERANCE_MS } = {}) {
	const signature = headers['x-signature'];
	const stamp = headers['x-timestamp'];
	if (!signature || !stamp) return { code: 'missing_signature', message: 'X-Signature and X-Timestamp headers are required' };
	if (!/^\d+$/.test(String(stamp))) return { code: 'invalid_timestamp', message: 'X-Timestamp must be epoch milliseconds' };
	const timestamp = Number(stamp);
	if (Math.abs(now - timestamp) > toleranceMs) {
		const hint = timestamp < 1e11 ? ' (it looks like seconds; X-Timestamp is in milliseconds)' : '';
		return { code: 'stale_timestamp', message: `X-Timestamp is more than ${Math.round(toleranceMs / 1000)} s away from the receiver's clock${hint}` };
	}
	const expected = Buffer.from(sign(secret, stamp, rawBody), 'utf8');
	const given = Buffer.from(String(signature).trim().toLowerCase(), 'utf8');
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
		return { code: 'invalid_signature', message: 'X-Signature does not match the body and timestamp' };
	}
	return undefined;
}

module.exports = { sign, signatureHeaders, verify, DEFAULT_TOLERANCE_MS };
