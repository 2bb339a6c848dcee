import type { CrmRequest } from '../types';
import { redactUrl } from './redactUrl';

/**
 * Names a request for error messages: the method and the URL without its query string, so no
 * query parameter value (API tokens among them) can leak, and with any user-info password redacted.
 *
 * @example
 * describeCall({ method: 'GET', url: 'https://x.pipedrive.com/v1/persons?api_token=abc', qs: { start: 0 } });
 * // 'GET https://x.pipedrive.com/v1/persons'
 */
export function describeCall(request: Pick<CrmRequest, 'method' | 'url'>): string {
	const queryAt = request.url.search(/[?#]/);
	const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
	return `${request.method} ${redactUrl(path)}`;
}
