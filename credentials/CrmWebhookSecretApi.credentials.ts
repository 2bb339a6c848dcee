import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/**
 * The secrets a CRM signs its webhook calls with, for the CRM Trigger node. They never leave n8n:
 * nothing can be sent to test them, so the node's credential test only checks that one is set
 * (they are checked for real on every call the CRM makes).
 */
export class CrmWebhookSecretApi implements ICredentialType {
	name = 'crmWebhookSecretApi';

	displayName = 'CRM Integration: Webhook Secret API';

	icon: Icon = { light: 'file:webhookSecret.svg', dark: 'file:webhookSecret.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-crm-integration/n8n-nodes-crm-integration#crm-trigger';

	properties: INodeProperties[] = [
		{
			displayName: 'HubSpot Client Secret',
			name: 'hubspotClientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'For Verification "HubSpot Signature v3": the client secret of the HubSpot app that sends the webhooks (app settings → Auth)',
		},
		{
			displayName: 'HMAC Secret',
			name: 'hmacSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'For Verification "HMAC Signature": the key the sender signs with',
		},
		{
			displayName: 'Shared Secret',
			name: 'sharedSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'For Verification "Shared Secret Header": the value the sender puts in the header',
		},
	];
}
