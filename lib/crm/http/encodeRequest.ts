import type { CrmRequest } from '../types';

/**
 * A request's headers (names in lower case, `accept: application/json` unless given) and body
 * text as they go on the wire: form fields url-encoded, text as it is (NDJSON, or a signed
 * payload whose signature covers these exact bytes), anything else as JSON, each with its
 * content type unless the request set one. Every request function sends with this, so a request
 * reads the same whether the library's fetch or n8n sends it.
 *
 * @example
 * encodeRequest({ method: 'POST', url: 'https://x/y', body: { a: 1 } });
 * // { headers: { accept: 'application/json', 'content-type': 'application/json' }, body: '{"a":1}' }
 */
export function encodeRequest(request: CrmRequest): { headers: Record<string, string>; body: string | undefined } {
	const headers: Record<string, string> = { accept: 'application/json' };
	for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
	if (request.body === undefined) return { headers, body: undefined };
	if (request.form) {
		const fields = Object.entries(request.body as Record<string, unknown>)
			.filter(([, value]) => value !== undefined)
			.map(([name, value]): [string, string] => [name, String(value)]);
		headers['content-type'] ??= 'application/x-www-form-urlencoded';
		return { headers, body: new URLSearchParams(fields).toString() };
	}
	if (typeof request.body === 'string') {
		headers['content-type'] ??= 'text/plain; charset=utf-8';
		return { headers, body: request.body };
	}
	headers['content-type'] ??= 'application/json';
	return { headers, body: JSON.stringify(request.body) };
}
