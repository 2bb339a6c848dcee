import type { CrmResponse } from '../types';
import { CrmApiError, type CrmApiErrorCode } from './CrmApiError';
import { readErrorBody } from './readErrorBody';

const STATUS_TEXT: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	408: 'Request Timeout',
	409: 'Conflict',
	410: 'Gone',
	422: 'Unprocessable Entity',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

/** `HTTP 429 Too Many Requests`: the status as people read it. */
export function describeStatus(status: number): string {
	const text = STATUS_TEXT[status];
	return text === undefined ? `HTTP ${status}` : `HTTP ${status} ${text}`;
}

/** The error code of a status; Salesforce's API-limit 403 is told apart by its body's errorCode. */
export function codeForStatus(status: number, crmCode?: string): CrmApiErrorCode {
	if (crmCode === 'REQUEST_LIMIT_EXCEEDED') return 'REQUEST_LIMIT_EXCEEDED';
	if (status === 429) return 'RATE_LIMITED';
	if (status === 408) return 'TIMEOUT';
	if (status >= 500 && status <= 599) return 'SERVER_ERROR';
	if (status === 401 || status === 403) return 'AUTH';
	if (status === 404 || status === 410) return 'NOT_FOUND';
	if (status >= 400 && status <= 499) return 'BAD_REQUEST';
	return 'UNEXPECTED';
}

/**
 * Turns a response the connector cannot use (a non-2xx status) into a `CrmApiError`, reading the
 * CRM's error body: HubSpot `{message, category}`, Salesforce `[{message, errorCode}]`, Pipedrive
 * `{error, error_info}`, generic `{message}` / `{error: {message}}` / `{errors: [...]}`, or the
 * title of an HTML error page. `call` names the request (see `describeCall`), `crm` the CRM.
 *
 * @example
 * errorFor({ status: 401, headers: {}, body: '[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]' }, 'GET https://x.my.salesforce.com/services/data/v59.0/query', 'Salesforce');
 * // CrmApiError { code: 'AUTH', status: 401, crmCode: 'INVALID_SESSION_ID',
 * //   message: 'Salesforce GET https://x.my.salesforce.com/services/data/v59.0/query failed: HTTP 401 Unauthorized: Session expired or invalid (INVALID_SESSION_ID)' }
 */
export function errorFor(response: CrmResponse, call: string, crm: string): CrmApiError {
	const detail = readErrorBody(response.body);
	const code = codeForStatus(response.status, detail.crmCode);
	const retryable = code === 'RATE_LIMITED' || code === 'SERVER_ERROR' || code === 'TIMEOUT' || code === 'REQUEST_LIMIT_EXCEEDED';
	const reason = detail.text === '' ? describeStatus(response.status) : `${describeStatus(response.status)}: ${detail.text}`;
	const prefix = crm === '' ? call : `${crm} ${call}`;
	return new CrmApiError(`${prefix} failed: ${reason}`, {
		code,
		status: response.status,
		retryable,
		url: call.replace(/^[A-Z]+ /, ''),
		crmCode: detail.crmCode,
	});
}
