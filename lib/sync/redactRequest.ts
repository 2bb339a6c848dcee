import { buildUrl } from '../crm/http/buildUrl';
import { redactUrl } from '../crm/http/redactUrl';
import type { CrmRequest } from '../crm/types';
import type { DryRunRequest } from './types';

/** Headers that carry credentials whatever the destination. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'x-api-key', 'api-key', 'apikey', 'x-auth-token', 'cookie'];

const REDACTED = '***';

/**
 * A request as a dry run shows it: the full URL with secret query values redacted, the headers
 * with credential headers and the destination's `secretHeaders` (a webhook signature) shown as
 * `***`, any `secrets` text replaced in the other header values and in a text body, and the body
 * as it would be sent.
 *
 * @example
 * redactRequest({ method: 'POST', url: 'https://x/h?token=t', headers: { 'X-Signature': 'sha256=…' }, body: { a: 1 } }, ['X-Signature'], []);
 * // { method: 'POST', url: 'https://x/h?token=***', headers: { 'X-Signature': '***' }, body: { a: 1 } }
 */
export function redactRequest(request: CrmRequest, secretHeaders: readonly string[], secrets: readonly string[]): DryRunRequest {
	const hidden = new Set([...CREDENTIAL_HEADERS, ...secretHeaders.map((name) => name.toLowerCase())]);
	const scrub = (text: string): string => secrets.filter((secret) => secret !== '').reduce((out, secret) => out.split(secret).join(REDACTED), text);
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.headers ?? {})) headers[name] = hidden.has(name.toLowerCase()) ? REDACTED : scrub(value);
	return {
		method: request.method,
		url: scrub(redactUrl(buildUrl(request))),
		headers,
		body: typeof request.body === 'string' ? scrub(request.body) : request.body,
	};
}
