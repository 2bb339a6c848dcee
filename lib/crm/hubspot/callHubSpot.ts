import { isPlainObject } from '../../restructure/isPlainObject';
import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import { errorFor } from '../http/errorFor';
import { parseJson } from '../http/parseJson';
import type { RetryPolicy } from '../http/retryPolicy';
import { sendRequest } from '../http/sendRequest';
import type { CrmRequest, RequestFn } from '../types';

/**
 * Sends one HubSpot request (with the retry policy) and returns its JSON object body. A non-2xx
 * status throws the `CrmApiError` HubSpot's error body describes; a body that is not a JSON
 * object throws 'MALFORMED_JSON' / 'UNEXPECTED'.
 *
 * @example
 * const body = await callHubSpot({ request }, { method: 'GET', url: objectsUrl(config), qs: { limit: 100 } });
 */
export async function callHubSpot(options: { request: RequestFn; retry?: Partial<RetryPolicy> }, req: CrmRequest): Promise<Record<string, unknown>> {
	const response = await sendRequest(options.request, req, options.retry);
	const call = describeCall(req);
	if (response.status < 200 || response.status > 299) throw errorFor(response, call, 'HubSpot');
	const body = parseJson(response, `HubSpot ${call}`);
	if (!isPlainObject(body)) {
		throw new CrmApiError(`HubSpot ${call} returned ${Array.isArray(body) ? 'a list' : typeof body} where an object was expected`, { code: 'UNEXPECTED', status: response.status, url: call.replace(/^[A-Z]+ /, '') });
	}
	return body;
}
