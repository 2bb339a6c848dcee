import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { salesforceToken } from '../lib/crm/salesforce/salesforceToken';
import { requestFnFrom } from '../nodes/shared/requestFn';

/**
 * Salesforce through a connected app: the client-credentials or the refresh-token flow. The
 * access token and the instance URL come from the token response and are kept (encrypted, with
 * the credential) until Salesforce says the session expired: n8n then logs in again once,
 * instead of logging in for every request (which runs into Salesforce's login rate limit).
 */
export class CrmSalesforceOAuth2Api implements ICredentialType {
	name = 'crmSalesforceOAuth2Api';

	displayName = 'CRM Integration: Salesforce OAuth2 API';

	icon: Icon = { light: 'file:salesforce.svg', dark: 'file:salesforce.dark.svg' };

	documentationUrl = 'https://help.salesforce.com/s/articleView?id=sf.connected_app_client_credentials_setup.htm';

	properties: INodeProperties[] = [
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Instance URL',
			name: 'instanceUrl',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Login URL',
			name: 'loginUrl',
			type: 'string',
			default: 'https://login.salesforce.com',
			description: 'https://login.salesforce.com, https://test.salesforce.com for a sandbox, or your My Domain URL',
		},
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'options',
			options: [
				{ name: 'Client Credentials', value: 'clientCredentials' },
				{ name: 'Refresh Token', value: 'refreshToken' },
			],
			default: 'clientCredentials',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: 'The connected app\'s consumer key',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The connected app\'s consumer secret',
		},
		{
			displayName: 'Refresh Token',
			name: 'refreshToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { grantType: ['refreshToken'] } },
		},
	];

	/** Logs in; n8n calls this only when there is no session token yet or Salesforce answered 401. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const { accessToken, instanceUrl } = await salesforceToken(
			requestFnFrom(async (options) => await this.helpers.httpRequest(options)),
			{
				loginUrl: String(credentials.loginUrl || 'https://login.salesforce.com'),
				grant: credentials.grantType === 'refreshToken' ? 'refreshToken' : 'clientCredentials',
				clientId: String(credentials.clientId ?? ''),
				clientSecret: String(credentials.clientSecret ?? ''),
				refreshToken: credentials.refreshToken ? String(credentials.refreshToken) : undefined,
			},
		);
		return { sessionToken: accessToken, instanceUrl };
	}

	/** The session token as a Bearer token; paths starting with /services/ go to the instance URL. */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const url = requestOptions.url ?? '';
		if (url.startsWith('/services/') && !requestOptions.baseURL) requestOptions.baseURL = String(credentials.instanceUrl ?? '');
		requestOptions.headers = { ...requestOptions.headers, Authorization: `Bearer ${String(credentials.sessionToken ?? '')}` };
		return requestOptions;
	}

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.instanceUrl}}', url: '/services/data/' },
	};
}
