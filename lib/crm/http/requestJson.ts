import type { CrmRequest, CrmResponse, RequestFn } from '../types';
import { backoffDelay } from './backoffDelay';
import { CrmApiError } from './CrmApiError';
import { describeCall } from './describeCall';
import { errorFor } from './errorFor';
import { parseJson } from './parseJson';
import { resolveRetryPolicy, type RetryPolicy } from './retryPolicy';
import { sendRequest } from './sendRequest';

export interface RequestJsonOptions {
	retry?: Partial<RetryPolicy>;
	/** The CRM's name for messages, e.g. 'HubSpot'. */
	crm: string;
	/** Builds the error for a non-2xx response; default `errorFor(response, call, crm)`. */
	toError?: (response: CrmResponse, call: string) => CrmApiError;
}

/**
 * Sends a read (a GET, or a POST search, safe to repeat) through `sendRequest` and parses its
 * JSON body. A 2xx body that is not JSON (cut off by a proxy, garbled, empty) is fetched again,
 * at most `maxRetries` times with the policy's backoff, then thrown as 'MALFORMED_JSON'; a
 * non-2xx status throws the CRM's error.
 *
 * @example
 * const { body } = await requestJson(fetchRequest(), { method: 'GET', url: 'https://api.example.com/contacts' }, { crm: 'REST CRM' });
 */
export async function requestJson(request: RequestFn, req: CrmRequest, options: RequestJsonOptions): Promise<{ response: CrmResponse; body: unknown }> {
	const policy = resolveRetryPolicy(options.retry);
	const call = describeCall(req);
	for (let attempt = 0; ; attempt++) {
		const response = await sendRequest(request, req, policy);
		if (response.status < 200 || response.status > 299) throw options.toError ? options.toError(response, call) : errorFor(response, call, options.crm);
		try {
			return { response, body: parseJson(response, `${options.crm} ${call}`) };
		} catch (error) {
			if (!(error instanceof CrmApiError) || attempt >= policy.maxRetries) throw error;
			const delayMs = backoffDelay(attempt, policy);
			policy.onRetry?.({ attempt: attempt + 1, delayMs, reason: 'malformed JSON' });
			await policy.sleep(delayMs);
		}
	}
}
