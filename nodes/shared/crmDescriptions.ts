import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** The CRM objects a node offers, named for every CRM at once. */
export const crmResourceOptions: INodePropertyOptions[] = [
	{ name: 'Campaign', value: 'campaign', description: 'Salesforce campaigns' },
	{ name: 'Company / Account', value: 'company' },
	{ name: 'Contact / Person', value: 'contact' },
	{ name: 'Custom Object', value: 'custom' },
	{ name: 'Deal / Opportunity', value: 'deal' },
	{ name: 'Ticket / Case', value: 'ticket' },
];

/** Options of the CRM calls: retries and how long to wait for an answer. */
export const crmCallOptions: INodeProperties[] = [
	{
		displayName: 'Max Retries',
		name: 'maxRetries',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 5,
		description: 'Retries after a rate limit (429, waiting as the CRM asks), a server error or a dropped connection',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeoutSeconds',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 60,
		description: 'How long to wait for one answer before retrying',
	},
];

/** Options of a node that reads records: the shared output shape, and records per request. */
export const crmReadOptions: INodeProperties[] = [
	{
		displayName: 'Normalised Output',
		name: 'normalised',
		type: 'boolean',
		default: false,
		description:
			'Whether to output one shape for every CRM (ID, source, object type, email, phone, first and last name, company, owner, created and updated at, raw) instead of the CRM\'s own',
	},
	{
		displayName: 'Page Size',
		name: 'pageSize',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 100,
		description: 'Records per request (capped at what the CRM allows)',
	},
];
