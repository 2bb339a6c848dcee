import { hubSpotSignatureUri } from './hubSpotSignatureUri';
import type { VerifyResult, WebhookRequest } from './types';
import { verifyHmacSignature } from './verifyHmacSignature';

export const HUBSPOT_SIGNATURE_HEADER = 'X-HubSpot-Signature-v3';
export const HUBSPOT_TIMESTAMP_HEADER = 'X-HubSpot-Request-Timestamp';

export interface HubSpotV3Options {
	/** The clock, epoch ms; default `Date.now`. */
	now?: () => number;
	/** How far the timestamp may be from now, either way. Default 300,000 (HubSpot's 5 minutes). */
	maxAgeMs?: number;
}

/**
 * Checks a HubSpot webhook by its v3 signature: `X-HubSpot-Signature-v3` must be the base64
 * HMAC-SHA256, keyed with the app's client secret, of method + URI + raw body + the
 * `X-HubSpot-Request-Timestamp` value, where the URI is the full URL HubSpot called with the
 * escapes of HubSpot's table decoded (`hubSpotSignatureUri`). The timestamp (epoch ms) must be
 * within 5 minutes of now, in the past as HubSpot documents and also in the future, so a
 * signature cannot be stamped to outlive the window (see `timestampProblem`). The comparison
 * is constant-time. Only v3 is accepted: v1 and v2 sign no timestamp, so a captured request could
 * be replayed forever, which is what makes n8n's own HubSpot Trigger (v1 over re-serialised
 * JSON) unsafe to expose. Never throws on what a caller sends; an empty client secret throws a
 * RangeError. A valid signature does not stop a replay within the window: pair it with `ReplayGuard`.
 * Source: https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation
 *
 * @example
 * verifyHubSpotV3(
 * 	{ method: 'POST', url: 'https://n8n.example/webhook/abc/hubspot', rawBody: req.rawBody, headers: req.headers },
 * 	credentials.clientSecret,
 * ); // { ok: true } or { ok: false, reason: 'missing-signature' | 'missing-timestamp' | 'stale' | 'bad-signature' }
 */
export function verifyHubSpotV3(request: WebhookRequest, clientSecret: string, options: HubSpotV3Options = {}): VerifyResult {
	const url = typeof request?.url === 'string' ? hubSpotSignatureUri(request.url) : undefined;
	return verifyHmacSignature({ ...request, url: url as string }, {
		secret: clientSecret,
		header: HUBSPOT_SIGNATURE_HEADER,
		encoding: 'base64',
		signed: 'methodUrlBodyTimestamp',
		timestampHeader: HUBSPOT_TIMESTAMP_HEADER,
		maxAgeMs: options?.maxAgeMs,
		now: options?.now,
	});
}
