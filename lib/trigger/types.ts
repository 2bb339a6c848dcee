/**
 * Request headers as a web framework hands them over: names in any case (Node lowercases them,
 * other code may not), a value, a list of values for a repeated header, or nothing.
 */
export type WebhookHeaders = Record<string, string | string[] | undefined>;

/** The parts of an incoming webhook request that a signature covers. */
export interface WebhookRequest {
	/** The HTTP method, e.g. `POST`. */
	method: string;
	/** The full URL the sender called, `https://host/path?query`, exactly as sent (still URL-encoded). */
	url: string;
	/**
	 * The body bytes exactly as received. Never re-serialised JSON: a parse and stringify round trip
	 * changes whitespace, key order and number formats, and the signature no longer matches.
	 * `undefined` or `null` is an empty body (a GET).
	 */
	rawBody: string | Buffer | Uint8Array | null | undefined;
	headers: WebhookHeaders;
}

/** Why a request was rejected; the node answers 401 for every one of them. */
export type VerifyFailureReason = 'missing-signature' | 'missing-timestamp' | 'stale' | 'bad-signature';

/** The verdict on a request: verifiers return it and never throw on anything a caller sent. */
export type VerifyResult = { ok: true } | { ok: false; reason: VerifyFailureReason };
