import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { apiKeyAuthProperties, applyApiKeyAuth } from '../nodes/shared/apiKeyAuth';

/**
 * A third-party service to sync records to: a base URL, one of the usual ways to authenticate
 * (OAuth2 client credentials included: the token is fetched once and kept until the service
 * answers 401), and an optional secret the Third-Party Sync node signs webhooks with.
 */
export class CrmThirdPartyApi implements ICredentialType {
	name = 'crmThirdPartyApi';

	displayName = 'CRM Integration: Third-Party Service API';

	icon: Icon = { light: 'file:rest.svg', dark: 'file:rest.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-crm-integration/n8n-nodes-crm-integration#third-party-sync';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://api.example.com',
		},
		...apiKeyAuthProperties(true),
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://auth.example.com/oauth/token',
			displayOptions: { show: { authType: ['oauth2'] } },
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			displayOptions: { show: { authType: ['oauth2'] } },
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['oauth2'] } },
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: '',
			displayOptions: { show: { authType: ['oauth2'] } },
		},
		{
			displayName: 'Signing Secret',
			name: 'signingSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'For signed webhooks: the receiver checks the HMAC-SHA256 signature made with it',
		},
		{
			displayName: 'Test Path',
			name: 'testPath',
			type: 'string',
			default: '/',
			description: 'A path that answers 200 with these credentials, used to test them',
		},
	];

	/** Fetches an OAuth2 token (client credentials); other kinds of authentication need none. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		if (credentials.authType !== 'oauth2') return { accessToken: 'not-used' };
		const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: String(credentials.clientId ?? ''), client_secret: String(credentials.clientSecret ?? '') });
		if (credentials.scope) form.set('scope', String(credentials.scope));
		const answer = (await this.helpers.httpRequest({
			method: 'POST',
			url: String(credentials.tokenUrl ?? ''),
			body: form.toString(),
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
			json: true,
		})) as { access_token?: string };
		if (!answer?.access_token) throw new Error('The token URL answered without an access_token');
		return { accessToken: answer.access_token };
	}

	/** Adds the chosen authentication to a request. */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return applyApiKeyAuth(credentials, requestOptions);
	}

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '={{$credentials.testPath}}' },
	};
}
