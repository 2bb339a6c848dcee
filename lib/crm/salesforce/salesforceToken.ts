import { isPlainObject } from '../../restructure/isPlainObject';
import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import { errorFor } from '../http/errorFor';
import { parseJson } from '../http/parseJson';
import type { RetryPolicy } from '../http/retryPolicy';
import { sendRequest } from '../http/sendRequest';
import type { CrmRequest, RequestFn } from '../types';
import type { SalesforceCredentials, SalesforceToken } from './types';

/**
 * Logs in to Salesforce with the OAuth 2.0 client-credentials or refresh-token grant: a form
 * POST to `{loginUrl}/services/oauth2/token`. Resolves with the access token and the org's
 * instance URL from the response (data calls go there, not to the login URL). A refused login
 * (`{error, error_description}`, e.g. `invalid_client`, `invalid_grant` "login rate exceeded")
 * throws an AUTH CrmApiError naming the error and the client id, never a secret. 5xx and network
 * failures are retried by `sendRequest` with `retry`.
 *
 * @example
 * const { accessToken, instanceUrl } = await salesforceToken(fetchRequest(), {
 *   loginUrl: 'https://login.salesforce.com', grant: 'clientCredentials', clientId: '3MVG9…', clientSecret: '…',
 * });
 */
export async function salesforceToken(request: RequestFn, credentials: SalesforceCredentials, retry?: Partial<RetryPolicy>): Promise<SalesforceToken> {
	const secrets = [credentials.clientSecret, credentials.refreshToken];
	const loginUrl = String(credentials.loginUrl ?? '').trim().replace(/\/+$/, '');
	if (!/^https?:\/\/[^/]+/i.test(loginUrl)) throw authError(`Salesforce login URL ${JSON.stringify(loginUrl)} is not an http(s) URL (e.g. https://login.salesforce.com)`);
	if (!credentials.clientId || !credentials.clientSecret) throw authError('Salesforce login needs the connected app\'s client id and client secret');
	const body: Record<string, string> = { client_id: credentials.clientId, client_secret: credentials.clientSecret };
	if (credentials.grant === 'refreshToken') {
		if (!credentials.refreshToken) throw authError('Salesforce login with the refresh-token grant needs a refresh token');
		body.grant_type = 'refresh_token';
		body.refresh_token = credentials.refreshToken;
	} else if (credentials.grant === 'clientCredentials') {
		body.grant_type = 'client_credentials';
	} else {
		throw authError(`Salesforce login grant ${JSON.stringify(credentials.grant)} is not supported (use clientCredentials or refreshToken)`);
	}

	const req: CrmRequest = { method: 'POST', url: `${loginUrl}/services/oauth2/token`, form: true, body, headers: { accept: 'application/json' } };
	const call = describeCall(req);
	let response;
	try {
		response = await sendRequest(request, req, retry);
	} catch (error) {
		if (!(error instanceof CrmApiError)) throw error;
		throw new CrmApiError(redact(error.message, secrets), { code: error.code, status: error.status, retryable: error.retryable, url: error.url, crmCode: error.crmCode });
	}
	if (response.status < 200 || response.status > 299) {
		const refusal = refusalOf(response.body);
		if (refusal !== undefined) {
			throw authError(redact(`Salesforce login (${call}) for client id ${credentials.clientId} was refused: ${refusal}`, secrets), response.status);
		}
		const error = errorFor(response, call, 'Salesforce login');
		throw new CrmApiError(redact(error.message, secrets), { code: error.code === 'BAD_REQUEST' ? 'AUTH' : error.code, status: error.status, retryable: error.retryable, url: error.url, crmCode: error.crmCode });
	}
	const token = parseJson(response, call);
	const accessToken = isPlainObject(token) ? token.access_token : undefined;
	const instanceUrl = isPlainObject(token) ? token.instance_url : undefined;
	if (typeof accessToken !== 'string' || accessToken === '' || typeof instanceUrl !== 'string' || !/^https?:\/\//i.test(instanceUrl)) {
		throw new CrmApiError(`Salesforce login (${call}) answered without an access_token and an http(s) instance_url`, { code: 'UNEXPECTED', status: response.status });
	}
	return { accessToken, instanceUrl: instanceUrl.replace(/\/+$/, '') };
}

/** `invalid_client: invalid client credentials` from an OAuth error body, if it is one. */
function refusalOf(body: string): string | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return undefined;
	}
	if (!isPlainObject(parsed) || typeof parsed.error !== 'string') return undefined;
	const description = typeof parsed.error_description === 'string' && parsed.error_description.trim() !== '' ? `: ${parsed.error_description.trim().slice(0, 200)}` : '';
	return `${parsed.error.slice(0, 100)}${description}`;
}

/** A login server echoing a secret back must not put it into our message. */
function redact(text: string, secrets: Array<string | undefined>): string {
	let redacted = text;
	for (const secret of secrets) {
		if (secret !== undefined && secret.length >= 3) redacted = redacted.split(secret).join('***');
	}
	return redacted;
}

function authError(message: string, status?: number): CrmApiError {
	return new CrmApiError(message, { code: 'AUTH', status });
}
