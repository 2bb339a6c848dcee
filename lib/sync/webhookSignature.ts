import { createHmac } from 'node:crypto';

/**
 * The signature header value of a signed webhook: `sha256=` and the hex HMAC-SHA256, keyed with
 * the shared secret, of `timestamp + '.' + body`. The timestamp is signed with the body so a
 * receiver that rejects old timestamps also rejects a captured request sent again later; the
 * body is the exact text sent (a receiver must check the raw bytes, not re-serialised JSON).
 *
 * @example
 * webhookSignature('s3cret', '1700000000000', '{"id":1}');
 * // 'sha256=' + hex HMAC-SHA256('s3cret', '1700000000000.{"id":1}')
 */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
	return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
