import type { INodeProperties } from 'n8n-workflow';

/** The options that tune the CRM calls (as in CRM Source). */

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
