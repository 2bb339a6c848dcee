import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import { errorFor } from '../http/errorFor';
import type { RetryPolicy } from '../http/retryPolicy';
import type { CrmRequest, RequestFn } from '../types';
import { salesforceToken } from './salesforceToken';
import type { SalesforceCredentials, SalesforceToken } from './types';

export interface SalesforceSession {
	/** Sends a data call as the logged-in user; see `salesforceSession`. */
	request: RequestFn;
	/** How many times the session has asked for a token so far. */
	logins(): number;
}

/**
 * A `RequestFn` for Salesforce data calls that logs in once (lazily, on the first call) and
 * reuses the token, instead of logging in for every call (Salesforce allows 3,600 logins an
 * hour; n8n issue 31948). URLs that start with `/services/` (the connectors' paths and
 * Salesforce's `nextRecordsUrl`) are sent to the instance URL of the token response, and only
 * requests to that instance carry `Authorization: Bearer`, so the token never goes to another host.
 *
 * Salesforce tokens carry no expiry, so a 401 (INVALID_SESSION_ID: session expired or revoked)
 * is the sign to log in again: once, then the call is sent again; a second 401 in a row is an
 * AUTH CrmApiError. Calls in flight that fail on the same old token share one new login. Other
 * statuses are returned as they are: a 403 REQUEST_LIMIT_EXCEEDED is not a session problem.
 * `retry` is used for the token request.
 *
 * @example
 * const session = salesforceSession(fetchRequest(), { loginUrl: 'https://login.salesforce.com', grant: 'refreshToken', clientId, clientSecret, refreshToken });
 * await session.request({ method: 'GET', url: '/services/data/v62.0/limits' });
 * session.logins(); // 1
 */
export function salesforceSession(request: RequestFn, credentials: SalesforceCredentials, options: { retry?: Partial<RetryPolicy> } = {}): SalesforceSession {
	let current: Promise<SalesforceToken> | undefined;
	let logins = 0;

	const login = (): Promise<SalesforceToken> => {
		logins++;
		const attempt = salesforceToken(request, credentials, options.retry);
		// A failed login is not remembered: the next call tries again.
		attempt.catch(() => {
			if (current === attempt) current = undefined;
		});
		current = attempt;
		return attempt;
	};

	/** The request as it goes to Salesforce: on the instance URL and with the token, or (another host) as it is. */
	const prepare = (req: CrmRequest, token: SalesforceToken): CrmRequest | undefined => {
		const url = req.url.startsWith('/services/') ? `${token.instanceUrl}${req.url}` : req.url;
		if (!url.startsWith(`${token.instanceUrl}/`)) return undefined;
		const headers: Record<string, string> = {};
		for (const [name, value] of Object.entries(req.headers ?? {})) if (name.toLowerCase() !== 'authorization') headers[name] = value;
		headers.Authorization = `Bearer ${token.accessToken}`;
		return { ...req, url, headers };
	};

	const sessionRequest: RequestFn = async (req) => {
		const used = current ?? login();
		const first = prepare(req, await used);
		if (first === undefined) return await request(req);
		const response = await request(first);
		if (response.status !== 401) return response;
		// Only the first call to see this token fail logs in again; the others wait for that login.
		if (current === used || current === undefined) login();
		const again = await request(prepare(req, await (current as Promise<SalesforceToken>)) ?? first);
		if (again.status !== 401) return again;
		const error = errorFor(again, describeCall(req), 'Salesforce');
		throw new CrmApiError(`${error.message}, also after logging in again: check that the connected app's user may use the API and that the token is not revoked`, {
			code: 'AUTH',
			status: 401,
			url: error.url,
			crmCode: error.crmCode,
		});
	};

	return { request: sessionRequest, logins: () => logins };
}
