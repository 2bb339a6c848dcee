import type { IAuthenticate, ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/** A Pipedrive API token, sent as the api_token query parameter. */
export class CrmPipedriveApi implements ICredentialType {
	name = 'crmPipedriveApi';

	displayName = 'CRM Integration: Pipedrive API';

	icon: Icon = { light: 'file:pipedrive.svg', dark: 'file:pipedrive.dark.svg' };

	documentationUrl = 'https://pipedrive.readme.io/docs/how-to-find-the-api-token';

	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.pipedrive.com',
			description: 'Change only for a proxy or a test server',
		},
	];

	authenticate: IAuthenticate = {
		type: 'generic',
		properties: { qs: { api_token: '={{$credentials.apiToken}}' } },
	};

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/v1/users/me' },
	};
}
