import { backoffDelay } from '../http/backoffDelay';
import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import { parseJson } from '../http/parseJson';
import { resolveRetryPolicy, type RetryPolicy } from '../http/retryPolicy';
import { sendRequest } from '../http/sendRequest';
import type { CrmRequest, RequestFn } from '../types';
import { salesforceError } from './salesforceError';

/**
 * Sends a read-only Salesforce call and returns its parsed JSON body. Statuses are retried by
 * `sendRequest`; a 2xx body that is not JSON (cut off by a proxy, garbled) is fetched again too,
 * at most `maxRetries` times with the same backoff, then thrown as MALFORMED_JSON. GETs are safe
 * to repeat, even the `nextRecordsUrl` of a query. Other statuses throw `salesforceError`
 * (with `soql` shown for a refused query).
 *
 * @example
 * const body = await getJson(session.request, { method: 'GET', url: '/services/data/v62.0/limits' });
 */
export async function getJson(request: RequestFn, req: CrmRequest, retry?: Partial<RetryPolicy>, soql?: string): Promise<unknown> {
	const policy = resolveRetryPolicy(retry);
	for (let attempt = 0; ; attempt++) {
		const response = await sendRequest(request, req, retry);
		if (response.status < 200 || response.status > 299) throw salesforceError(response, req, soql);
		try {
			return parseJson(response, `Salesforce ${describeCall(req)}`);
		} catch (error) {
			if (!(error instanceof CrmApiError) || error.code !== 'MALFORMED_JSON' || attempt >= policy.maxRetries) throw error;
			const delayMs = backoffDelay(attempt, policy);
			policy.onRetry?.({ attempt: attempt + 1, delayMs, reason: 'malformed JSON' });
			await policy.sleep(delayMs);
		}
	}
}
