import type { CrmRequest } from '../types';
import { redactUrl, SECRET_QUERY_PARAMS } from './redactUrl';

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'api-key', 'apikey', 'x-auth-token', 'cookie']);

/**
 * Removes the request's credentials from a message: the values of secret query parameters and
 * auth headers (also the token after `Bearer `/`Basic `) wherever they appear, and secret query
 * values in any URL in the text. A last line of defence for text we did not write ourselves,
 * such as a request function's error message.
 *
 * @example
 * scrubSecrets('failed for token abc123', { method: 'GET', url: 'https://x', headers: { Authorization: 'Bearer abc123' } });
 * // 'failed for token ***'
 */
export function scrubSecrets(text: string, request: Pick<CrmRequest, 'url' | 'qs' | 'headers'>): string {
	const secrets: string[] = [];
	const secretNames = new Set(SECRET_QUERY_PARAMS);
	for (const [name, value] of Object.entries(request.qs ?? {})) {
		if (value !== undefined && secretNames.has(name.toLowerCase())) secrets.push(String(value));
	}
	for (const [name, value] of Object.entries(request.headers ?? {})) {
		if (!SECRET_HEADERS.has(name.toLowerCase())) continue;
		secrets.push(value);
		const token = /^\s*\S+\s+(\S+)\s*$/.exec(value)?.[1];
		if (token !== undefined) secrets.push(token);
	}
	const queryAt = request.url.indexOf('?');
	if (queryAt !== -1) {
		for (const [name, value] of new URLSearchParams(request.url.slice(queryAt + 1))) {
			if (secretNames.has(name.toLowerCase())) secrets.push(value);
		}
	}
	let scrubbed = redactUrl(text);
	// Longest first, so a header value is replaced whole before its token part.
	for (const secret of secrets.filter((value) => value.length >= 3).sort((a, b) => b.length - a.length)) {
		scrubbed = scrubbed.split(secret).join('***');
	}
	return scrubbed;
}
