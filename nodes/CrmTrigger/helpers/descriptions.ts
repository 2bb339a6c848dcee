import type { INodeProperties } from 'n8n-workflow';

/** The options that tune the CRM calls (as in CRM Source). */
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

/** The CRM whose records the trigger reads (polling, or fetching the full record of an event). */
export function crmProperty(options: { includeOther: boolean }): INodeProperties {
	return {
		displayName: 'CRM',
		name: 'crm',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'HubSpot', value: 'hubspot' },
			...(options.includeOther ? [{ name: 'Other', value: 'other', description: 'Any sender of signed JSON events' }] : []),
			{ name: 'Pipedrive', value: 'pipedrive' },
			{ name: 'Salesforce', value: 'salesforce' },
		],
		default: 'hubspot',
	};
}
