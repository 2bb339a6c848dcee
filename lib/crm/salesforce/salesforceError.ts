import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import { errorFor } from '../http/errorFor';
import type { CrmRequest, CrmResponse } from '../types';

/**
 * The CrmApiError for a Salesforce data call that did not succeed. Salesforce's
 * `[{message, errorCode}]` body is read by `errorFor`; on top of that, the daily or concurrent
 * API limit (403 REQUEST_LIMIT_EXCEEDED, Salesforce's only rate limit: it sends no 429) says so
 * plainly, and a refused query (MALFORMED_QUERY, INVALID_FIELD …) shows the SOQL sent.
 *
 * @example
 * salesforceError({ status: 403, headers: {}, body: '[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]' }, { method: 'GET', url: '/services/data/v62.0/query' });
 * // CrmApiError REQUEST_LIMIT_EXCEEDED: 'Salesforce API request limit reached (TotalRequests Limit exceeded.) …'
 */
export function salesforceError(response: CrmResponse, req: Pick<CrmRequest, 'method' | 'url'>, soql?: string): CrmApiError {
	const call = describeCall(req);
	const error = errorFor(response, call, 'Salesforce');
	const details = { code: error.code, status: error.status, retryable: error.retryable, url: error.url, crmCode: error.crmCode };
	if (error.code === 'REQUEST_LIMIT_EXCEEDED') {
		const concurrent = /concurrent/i.test(response.body);
		const what = concurrent ? 'Salesforce concurrent API request limit reached' : 'Salesforce daily API request limit reached';
		const advice = concurrent
			? 'too many long-running requests are open at once in this org; try again when fewer are running'
			: 'the org has used its API requests for the rolling 24 hours; the read was stopped, not retried, and can continue once requests are free again (Setup → System Overview shows the usage)';
		return new CrmApiError(`${what}: ${call} answered ${error.message.replace(/^.*? failed: /, '')}; ${advice}`, details);
	}
	if (soql !== undefined && error.code === 'BAD_REQUEST') {
		const shown = soql.length > 500 ? `${soql.slice(0, 500)}…` : soql;
		return new CrmApiError(`${error.message}; query: ${shown}`, details);
	}
	return error;
}
