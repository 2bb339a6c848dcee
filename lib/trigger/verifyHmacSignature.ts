import { createHmac } from 'node:crypto';
import { constantTimeEqual } from './constantTimeEqual';
import { headerValue } from './headerValue';
import { rawBodyBytes } from './rawBodyBytes';
import { MAX_TIMESTAMP_AGE_MS, timestampProblem } from './timestampProblem';
import type { VerifyFailureReason, VerifyResult, WebhookRequest } from './types';

/**
 * What the sender signs: the raw body alone; `timestamp + '.' + body` (Stripe's scheme and our own
 * signed-webhook sink); or `method + url + body + timestamp` (HubSpot v3's scheme, the URL as
 * received).
 */
export type SignedContent = 'body' | 'timestampDotBody' | 'methodUrlBodyTimestamp';

export interface HmacSignatureConfig {
	/** The shared signing secret. Never part of any output. */
	secret: string;
	/** The header carrying the signature, e.g. `X-Signature`. */
	header: string;
	/** Default `sha256`. */
	algorithm?: 'sha1' | 'sha256' | 'sha512';
	/** How the digest is written in the header. Hex is compared in either letter case. */
	encoding: 'hex' | 'base64';
	/** Text before the digest in the header, e.g. `sha256=`; the header must start with it. */
	prefix?: string;
	signed: SignedContent;
	/** The header with the signed timestamp (epoch ms or s); required exactly when the timestamp is signed. */
	timestampHeader?: string;
	/** How far the timestamp may be from now, either way. Default 300,000 (5 minutes). */
	maxAgeMs?: number;
	/** The clock, epoch ms; default `Date.now`. */
	now?: () => number;
}

const ALGORITHMS = new Set(['sha1', 'sha256', 'sha512']);
const ENCODINGS = new Set(['hex', 'base64']);
const SIGNED = new Set(['body', 'timestampDotBody', 'methodUrlBodyTimestamp']);

/**
 * Checks a webhook request signed with an HMAC of a shared secret, the generic mode for senders
 * other than HubSpot: Salesforce outbound messages relayed through middleware, Pipedrive, our own
 * sink and the like. In order: the signature header must be there ('missing-signature'); when the
 * timestamp is signed it must be there and within `maxAgeMs` of now either way ('missing-timestamp',
 * 'stale'; see `timestampProblem`); then the HMAC of the raw body bytes (never re-serialised JSON)
 * must match in constant time ('bad-signature'). Nothing a caller sends makes it throw; a
 * configuration that cannot work (no secret, no header, an unsigned timestamp header, …) throws a
 * RangeError, which the node reports when it is set up instead of answering every request 401.
 * A valid signature does not stop a replay within the window: pair it with `ReplayGuard`.
 *
 * @example
 * verifyHmacSignature(
 * 	{ method: 'POST', url: 'https://n8n.example/webhook/crm', rawBody: '{"id":1}', headers: { 'x-signature': 'sha256=9f…', 'x-timestamp': '1700000000000' } },
 * 	{ secret: 's3cret', header: 'X-Signature', prefix: 'sha256=', encoding: 'hex', signed: 'timestampDotBody', timestampHeader: 'X-Timestamp' },
 * ); // { ok: true } when the HMAC matches and the timestamp is fresh, else { ok: false, reason }
 */
export function verifyHmacSignature(request: WebhookRequest, config: HmacSignatureConfig): VerifyResult {
	checkConfig(config);
	const received = headerValue(request?.headers, config.header);
	if (received === undefined) return rejected('missing-signature');
	let timestamp = '';
	if (config.signed !== 'body') {
		const value = headerValue(request.headers, config.timestampHeader as string);
		const problem = timestampProblem(value, (config.now ?? Date.now)(), config.maxAgeMs ?? MAX_TIMESTAMP_AGE_MS);
		if (problem !== undefined) return rejected(problem);
		timestamp = value as string;
	}
	const body = rawBodyBytes(request.rawBody);
	const prefix = config.prefix ?? '';
	if (body === undefined || !received.startsWith(prefix)) return rejected('bad-signature');
	const hmac = createHmac(config.algorithm ?? 'sha256', config.secret);
	if (config.signed === 'timestampDotBody') {
		hmac.update(`${timestamp}.`, 'utf8').update(body);
	} else if (config.signed === 'methodUrlBodyTimestamp') {
		if (typeof request.method !== 'string' || typeof request.url !== 'string') return rejected('bad-signature');
		hmac.update(`${request.method.toUpperCase()}${request.url}`, 'utf8').update(body).update(timestamp, 'utf8');
	} else {
		hmac.update(body);
	}
	const signature = received.slice(prefix.length);
	const expected = hmac.digest(config.encoding);
	return constantTimeEqual(config.encoding === 'hex' ? signature.toLowerCase() : signature, expected) ? { ok: true } : rejected('bad-signature');
}

function rejected(reason: VerifyFailureReason): VerifyResult {
	return { ok: false, reason };
}

function checkConfig(config: HmacSignatureConfig): void {
	// An empty key is one anybody can sign with, so it must never quietly verify.
	if (typeof config?.secret !== 'string' || config.secret === '') throw new RangeError('The webhook signing secret is empty');
	if (typeof config.header !== 'string' || config.header.trim() === '') throw new RangeError('The signature header name is empty');
	if (!ALGORITHMS.has(config.algorithm ?? 'sha256')) throw new RangeError(`Unknown HMAC algorithm ${JSON.stringify(config.algorithm)}: use sha256, sha512 or sha1`);
	if (!ENCODINGS.has(config.encoding)) throw new RangeError(`Unknown signature encoding ${JSON.stringify(config.encoding)}: use hex or base64`);
	if (!SIGNED.has(config.signed)) throw new RangeError(`Unknown signed content ${JSON.stringify(config.signed)}: use body, timestampDotBody or methodUrlBodyTimestamp`);
	const hasTimestampHeader = typeof config.timestampHeader === 'string' && config.timestampHeader.trim() !== '';
	if (config.signed !== 'body' && !hasTimestampHeader) throw new RangeError(`Signed content ${config.signed} includes a timestamp: name its header`);
	// An unsigned timestamp can be rewritten by whoever replays the request, so checking it would
	// only look safe; the replay guard on event ids is what stops repeats then.
	if (config.signed === 'body' && hasTimestampHeader) throw new RangeError('With signed content "body" the timestamp is not signed, so checking it protects nothing: sign it (timestampDotBody, methodUrlBodyTimestamp) or leave the timestamp header empty');
	const maxAgeMs = config.maxAgeMs ?? MAX_TIMESTAMP_AGE_MS;
	if (typeof maxAgeMs !== 'number' || !(maxAgeMs > 0) || !Number.isFinite(maxAgeMs)) throw new RangeError(`maxAgeMs must be a positive number of milliseconds, got ${String(maxAgeMs)}`);
}
