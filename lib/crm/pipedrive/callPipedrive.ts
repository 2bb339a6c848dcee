import { isPlainObject } from '../../restructure/isPlainObject';
import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import { errorFor } from '../http/errorFor';
import { parseJson } from '../http/parseJson';
import { readErrorBody } from '../http/readErrorBody';
import type { RetryPolicy } from '../http/retryPolicy';
import { sendRequest } from '../http/sendRequest';
import type { CrmRequest, RequestFn } from '../types';

/** Pipedrive's response envelope, once checked. */
export interface PipedriveBody {
	data: unknown;
	additional_data: Record<string, unknown>;
}

/**
 * Sends one Pipedrive request (with the retry policy) and returns its `{ data, additional_data }`.
 * A non-2xx status throws the `CrmApiError` Pipedrive's `{ error }` body describes, and so does a
 * body that says `success: false` whatever its status; a body that is not JSON throws
 * 'MALFORMED_JSON'. Messages name the call without its query, so the `api_token` never shows.
 *
 * @example
 * const { data } = await callPipedrive({ request }, { method: 'GET', url: pipedriveUrl(config, '7') });
 */
export async function callPipedrive(options: { request: RequestFn; retry?: Partial<RetryPolicy> }, req: CrmRequest): Promise<PipedriveBody> {
	const response = await sendRequest(options.request, req, options.retry);
	const call = describeCall(req);
	if (response.status < 200 || response.status > 299) throw errorFor(response, call, 'Pipedrive');
	const body = parseJson(response, `Pipedrive ${call}`);
	if (!isPlainObject(body)) {
		throw new CrmApiError(`Pipedrive ${call} returned ${Array.isArray(body) ? 'a list' : typeof body} where its response envelope was expected`, { code: 'UNEXPECTED', status: response.status });
	}
	if (body.success !== true) {
		// A 2xx answer that says success:false is a failure all the same.
		const detail = readErrorBody(response.body);
		throw new CrmApiError(`Pipedrive ${call} failed: HTTP ${response.status} with success:false${detail.text === '' ? '' : `: ${detail.text}`}`, {
			code: 'BAD_REQUEST',
			status: response.status,
			url: call.replace(/^[A-Z]+ /, ''),
			crmCode: detail.crmCode,
		});
	}
	return { data: body.data, additional_data: isPlainObject(body.additional_data) ? body.additional_data : {} };
}
