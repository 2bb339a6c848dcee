import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';
import { encodeRequest } from '../../lib/crm/http/encodeRequest';
import type { CrmRequest, CrmResponse, RequestFn } from '../../lib/crm/types';

/** What n8n's httpRequest returns with `returnFullResponse`. */
interface FullResponse {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
}

/**
 * The library's RequestFn on top of an n8n request helper (`httpRequest`, or
 * `httpRequestWithAuthentication` bound to a credential type): every status comes back as a
 * response (the library decides what is retried and what is an error), the body as text, header
 * names in lower case; a network failure rejects with its code (ECONNRESET, ETIMEDOUT, …).
 */
export function requestFnFrom(send: (options: IHttpRequestOptions) => Promise<unknown>): RequestFn {
	return async (request: CrmRequest): Promise<CrmResponse> => {
		const { headers, body } = encodeRequest(request);
		const qs: IDataObject = {};
		for (const [key, value] of Object.entries(request.qs ?? {})) if (value !== undefined) qs[key] = value;
		let response: FullResponse;
		try {
			response = (await send({
				method: request.method as IHttpRequestMethods,
				url: request.url,
				qs,
				headers,
				body,
				json: false,
				encoding: 'text',
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				timeout: request.timeoutMs ?? 60_000,
			})) as FullResponse;
		} catch (error) {
			throw networkError(error);
		}
		const lowerHeaders: Record<string, string> = {};
		for (const [name, value] of Object.entries(response.headers ?? {})) {
			if (value !== undefined) lowerHeaders[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
		}
		const text = typeof response.body === 'string' ? response.body : Buffer.isBuffer(response.body) ? response.body.toString('utf8') : JSON.stringify(response.body ?? '');
		return { status: response.statusCode, headers: lowerHeaders, body: text };
	};
}

/**
 * The network failure under an n8n request error, as the library expects it: an Error whose
 * `code` is the system code (ECONNRESET, ETIMEDOUT, …). n8n wraps the socket error into a
 * NodeApiError whose own `code` is not set, keeping the original as `cause`; without the code the
 * library would take a dropped connection for a bug and not retry it.
 */
function networkError(error: unknown): Error {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) {
			const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
			return Object.assign(new Error(timedOut ? 'The request timed out' : `The connection failed (${code})`), { code: timedOut ? 'ETIMEDOUT' : code });
		}
		current = (current as { cause?: unknown }).cause;
	}
	return error instanceof Error ? error : new Error(String(error));
}
