/** Why a CRM call failed; callers branch on it (e.g. 'AUTH' → re-authenticate once, 'RATE_LIMITED' → stop for now). */
export type CrmApiErrorCode =
	| 'RATE_LIMITED'
	| 'REQUEST_LIMIT_EXCEEDED'
	| 'SERVER_ERROR'
	| 'NETWORK'
	| 'TIMEOUT'
	| 'AUTH'
	| 'NOT_FOUND'
	| 'BAD_REQUEST'
	| 'MALFORMED_JSON'
	| 'REPEATED_PAGE'
	| 'SEARCH_LIMIT'
	| 'UNEXPECTED';

export interface CrmApiErrorDetails {
	code: CrmApiErrorCode;
	status?: number;
	/** True when trying again later may succeed (rate limits, 5xx, network). */
	retryable?: boolean;
	/** The URL called, with secret query values already redacted (see `redactUrl`). */
	url?: string;
	/** CRM-specific error code from the body (e.g. Salesforce `INVALID_SESSION_ID`, HubSpot `MISSING_SCOPES`). */
	crmCode?: string;
}

/**
 * A failed CRM call. The message names the call (method and URL without secret values) and the
 * reason, so it can be shown to the user as it is.
 *
 * @example
 * throw new CrmApiError('GET https://api.example.com/contacts: HTTP 404 Not Found', { code: 'NOT_FOUND', status: 404 });
 */
export class CrmApiError extends Error {
	readonly code: CrmApiErrorCode;
	readonly status?: number;
	readonly retryable: boolean;
	readonly url?: string;
	readonly crmCode?: string;

	constructor(message: string, details: CrmApiErrorDetails) {
		super(message);
		this.name = 'CrmApiError';
		this.code = details.code;
		this.status = details.status;
		this.retryable = details.retryable ?? false;
		this.url = details.url;
		this.crmCode = details.crmCode;
	}
}
