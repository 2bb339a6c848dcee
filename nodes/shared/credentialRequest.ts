import type { IAllExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { RequestFn } from '../../lib/crm/types';
import { requestFnFrom } from './requestFn';

/**
 * A RequestFn sending through an n8n credential (n8n adds the authentication). Every status comes
 * back as a response; for a credential that logs in (Salesforce's session, an OAuth2 token) a 401
 * is sent once more without ignoring the status, so n8n sees it, logs in again once and retries.
 */
export function credentialRequest(ctx: IAllExecuteFunctions, credentialType: string, timeoutMs: number, logsIn = false): RequestFn {
	const send = requestFnFrom(
		async (options: IHttpRequestOptions) => await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, { ...options, timeout: timeoutMs }),
	);
	if (!logsIn) return send;
	const resend = requestFnFrom(
		async (options: IHttpRequestOptions) =>
			await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, { ...options, ignoreHttpStatusErrors: false, timeout: timeoutMs }),
	);
	return async (request) => {
		const response = await send(request);
		return response.status === 401 ? await resend(request) : response;
	};
}
