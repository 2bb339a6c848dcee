import type { IAuthenticate, ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/** A HubSpot private-app access token (pat-…), sent as a Bearer token. */
export class CrmHubSpotPrivateAppApi implements ICredentialType {
	name = 'crmHubSpotPrivateAppApi';

	displayName = 'CRM Integration: HubSpot Private App API';

	icon: Icon = { light: 'file:hubspot.svg', dark: 'file:hubspot.dark.svg' };

	documentationUrl = 'https://developers.hubspot.com/docs/api/private-apps';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The private app\'s access token (starts with pat-); give it the CRM read scopes of the objects to read',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.hubapi.com',
			description: 'Change only for a proxy or a test server',
		},
	];

	authenticate: IAuthenticate = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } },
	};

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/crm/v3/objects/contacts', qs: { limit: 1 } },
	};
}
