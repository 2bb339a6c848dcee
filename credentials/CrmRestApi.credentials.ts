import type { ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestOptions, INodeProperties, Icon } from 'n8n-workflow';
import { apiKeyAuthProperties, applyApiKeyAuth } from '../nodes/shared/apiKeyAuth';

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
		...apiKeyAuthProperties(),
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
		return applyApiKeyAuth(credentials, requestOptions);
	}

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '={{$credentials.testPath}}' },
	};
}
