import type { CrmRequest, CrmResponse, RequestFn } from '../types';
import { encodeRequest } from './encodeRequest';
import { buildUrl } from './buildUrl';
import { describeCall } from './describeCall';
import { scrubSecrets } from './scrubSecrets';

export interface FetchRequestOptions {
	/** Milliseconds before a request (headers and body) is abandoned; a request's own `timeoutMs` wins. Default 30 000. */
	timeoutMs?: number;
}

/** Network failures are reported with these codes so `sendRequest` can tell a timeout from a reset. */
const CODE_ALIASES: Record<string, string> = {
	UND_ERR_SOCKET: 'ECONNRESET',
	UND_ERR_CLOSED: 'ECONNRESET',
	UND_ERR_CONNECT_TIMEOUT: 'ETIMEDOUT',
	UND_ERR_HEADERS_TIMEOUT: 'ETIMEDOUT',
	UND_ERR_BODY_TIMEOUT: 'ETIMEDOUT',
};

/**
 * A `RequestFn` on Node's global fetch, used by tests and the demo (the n8n node uses n8n's
 * authenticated request helper instead). It resolves with any HTTP status and rejects only when
 * no complete response arrived, with an Error whose `code` is e.g. 'ECONNRESET',
 * 'ECONNREFUSED' or 'ETIMEDOUT' and whose message holds no query string.
 *
 * @example
 * const request = fetchRequest({ timeoutMs: 2000 });
 * const response = await request({ method: 'GET', url: 'http://127.0.0.1:8080/rest/cursor/contacts', qs: { limit: 10 } });
 */
export function fetchRequest(options: FetchRequestOptions = {}): RequestFn {
	return async (request: CrmRequest): Promise<CrmResponse> => {
		const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? 30_000;
		const { headers, body } = encodeRequest(request);
		try {
			// One signal for the whole exchange, so a server that sends headers and then stalls the body times out too.
			const response = await fetch(buildUrl(request), { method: request.method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
			const text = await response.text();
			const responseHeaders: Record<string, string> = {};
			response.headers.forEach((value, name) => {
				responseHeaders[name.toLowerCase()] = value;
			});
			return { status: response.status, headers: responseHeaders, body: text };
		} catch (error) {
			throw networkError(error, request, timeoutMs);
		}
	};
}

function networkError(error: unknown, request: CrmRequest, timeoutMs: number): Error {
	const name = (error as { name?: unknown } | null)?.name;
	if (name === 'TimeoutError' || name === 'AbortError') {
		return Object.assign(new Error(`${describeCall(request)} timed out after ${timeoutMs} ms`), { code: 'ETIMEDOUT' });
	}
	const raw = codeOf((error as { cause?: unknown } | null)?.cause) ?? codeOf(error);
	if (raw === undefined || raw.startsWith('ERR_')) {
		// No system or socket error code (Node's ERR_* codes are usage errors): the request itself
		// is unusable (bad URL, forbidden port), which no retry fixes, so no `code` is set. Its message may quote the URL, hence the scrub.
		const message = error instanceof Error ? error.message : String(error);
		return new Error(scrubSecrets(`${describeCall(request)} could not be sent: ${message}`, request));
	}
	const code = CODE_ALIASES[raw] ?? raw;
	// The original error may carry the full URL; only the code and the redacted call are kept.
	return Object.assign(new Error(`${describeCall(request)} failed (${code})`), { code });
}

function codeOf(value: unknown): string | undefined {
	const code = (value as { code?: unknown } | null | undefined)?.code;
	return typeof code === 'string' && code !== '' ? code : undefined;
}
