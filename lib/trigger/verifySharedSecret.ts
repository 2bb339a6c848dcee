import { constantTimeEqual } from './constantTimeEqual';
import { headerValue } from './headerValue';
import type { VerifyResult, WebhookHeaders } from './types';

export interface SharedSecretConfig {
	/** The header carrying the secret, e.g. `X-Webhook-Token`. */
	header: string;
	/** The value it must have. Never part of any output. */
	secret: string;
}

/**
 * Checks a request by a shared secret sent as a header, for senders that cannot sign but can
 * send a fixed header (a proxy in front of Salesforce outbound messages, many no-code tools).
 * Weaker than a signature: the body and the time are not covered, so anyone who sees one request
 * can send others; use it over HTTPS and with `ReplayGuard`. The comparison is constant-time and
 * does not leak the secret's length (see `constantTimeEqual`). Absent header → 'missing-signature',
 * other value → 'bad-signature'; never throws on the headers, and an empty configured secret or
 * header name throws a RangeError, since an empty secret proves nothing.
 *
 * @example
 * verifySharedSecret(req.headers, { header: 'X-Webhook-Token', secret: credentials.token }); // { ok: true } or { ok: false, reason }
 */
export function verifySharedSecret(headers: WebhookHeaders, config: SharedSecretConfig): VerifyResult {
	if (typeof config?.secret !== 'string' || config.secret.trim() === '') throw new RangeError('The shared webhook secret is empty');
	if (typeof config.header !== 'string' || config.header.trim() === '') throw new RangeError('The shared secret header name is empty');
	const received = headerValue(headers, config.header);
	if (received === undefined) return { ok: false, reason: 'missing-signature' };
	// headerValue trims, so compare with the secret trimmed alike: header values cannot carry edge spaces anyway.
	return constantTimeEqual(received, config.secret.trim()) ? { ok: true } : { ok: false, reason: 'bad-signature' };
}
