import type { ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestOptions, INodeProperties, Icon } from 'n8n-workflow';

/** Any REST CRM: a base URL and one of the usual ways to authenticate. */
export class CrmRestApi implements ICredentialType {
	name = 'crmRestApi';

	displayName = 'CRM Integration: REST CRM API';

	icon: Icon = { light: 'file:rest.svg', dark: 'file:rest.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-crm-integration/n8n-nodes-crm-integration#crm-source';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://crm.example.com/api',
		},
		{
			displayName: 'Authentication',
			name: 'authType',
			type: 'options',
			options: [
				{ name: 'API Key in Header', value: 'header' },
				{ name: 'API Key in Query', value: 'query' },
				{ name: 'Basic Auth', value: 'basic' },
				{ name: 'Bearer Token', value: 'bearer' },
				{ name: 'None', value: 'none' },
			],
			default: 'bearer',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['bearer', 'header', 'query'] } },
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'X-API-Key',
			displayOptions: { show: { authType: ['header'] } },
		},
		{
			displayName: 'Query Parameter',
			name: 'queryParam',
			type: 'string',
			default: 'api_key',
			displayOptions: { show: { authType: ['query'] } },
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			displayOptions: { show: { authType: ['basic'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['basic'] } },
		},
		{
			displayName: 'Test Path',
			name: 'testPath',
			type: 'string',
			default: '/',
			description: 'A path that answers 200 with these credentials, used to test them',
		},
	];

	/** Adds the chosen authentication to a request. */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const token = String(credentials.token ?? '');
		switch (credentials.authType) {
			case 'bearer':
				requestOptions.headers = { ...requestOptions.headers, Authorization: `Bearer ${token}` };
				break;
			case 'header':
				requestOptions.headers = { ...requestOptions.headers, [String(credentials.headerName || 'X-API-Key')]: token };
				break;
			case 'query':
				requestOptions.qs = { ...requestOptions.qs, [String(credentials.queryParam || 'api_key')]: token };
				break;
			case 'basic':
				requestOptions.auth = { username: String(credentials.username ?? ''), password: String(credentials.password ?? '') };
				break;
		}
		return requestOptions;
	}

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '={{$credentials.testPath}}' },
	};
}
