import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { crmCallOptions, crmReadOptions } from '../shared/crmDescriptions';
import { crmProperty } from '../CrmTrigger/helpers/descriptions';
import { poll } from './actions/poll';

/**
 * Starts the workflow with the CRM records changed since the last poll, for CRMs (or accounts)
 * that cannot call a webhook. A node type of its own, not a mode of CRM Trigger: n8n polls every
 * node type that has a `poll` method whatever its parameters (see README, "CRM Trigger").
 */
export class CrmPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CRM Poll Trigger',
		name: 'crmPollTrigger',
		icon: { light: 'file:crmPollTrigger.svg', dark: 'file:crmPollTrigger.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["crm"] + ": " + $parameter["resources"].join(", ")}}',
		description: 'Starts the workflow with the HubSpot, Salesforce or Pipedrive records changed since the last poll',
		defaults: { name: 'CRM Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'crmHubSpotPrivateAppApi', required: true, displayOptions: { show: { crm: ['hubspot'] } } },
			{ name: 'crmSalesforceOAuth2Api', required: true, displayOptions: { show: { crm: ['salesforce'] } } },
			{ name: 'crmPipedriveApi', required: true, displayOptions: { show: { crm: ['pipedrive'] } } },
		],
		properties: [
			crmProperty({ includeOther: false }),
			{
				displayName: 'Objects',
				name: 'resources',
				type: 'multiOptions',
				options: [
					{ name: 'Campaign', value: 'campaign', description: 'Salesforce campaigns' },
					{ name: 'Company / Account', value: 'company' },
					{ name: 'Contact / Person', value: 'contact' },
					{ name: 'Deal / Opportunity', value: 'deal' },
					{ name: 'Ticket / Case', value: 'ticket', description: 'HubSpot tickets, Salesforce cases' },
				],
				default: ['contact'],
				description: 'The object types to watch; each keeps its own cursor',
			},
			{
				displayName: 'Custom Objects',
				name: 'customObjects',
				type: 'string',
				default: '',
				placeholder: 'e.g. p_projects, Project__c or leads',
				description: 'More object types to watch, by the CRM\'s name, separated by commas',
			},
			{
				displayName: 'Properties',
				name: 'properties',
				type: 'string',
				default: '',
				placeholder: 'e.g. email, firstname, lastname',
				description: 'Fields to read, separated by commas; empty reads the CRM\'s default fields',
			},
			{
				displayName: 'First Poll',
				name: 'firstRun',
				type: 'options',
				options: [
					{ name: 'Everything', value: 'everything', description: 'Emit all records, then only changes' },
					{ name: 'From a Date', value: 'date', description: 'Emit the records changed after a date, then only changes' },
					{ name: 'From Now', value: 'now', description: 'Emit nothing the first time, only later changes' },
				],
				default: 'now',
			},
			{
				displayName: 'First Poll Date',
				name: 'firstRunDate',
				type: 'dateTime',
				default: '',
				required: true,
				displayOptions: { show: { firstRun: ['date'] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					crmCallOptions[0],
					...crmReadOptions,
					{
						displayName: 'Test Sample Size',
						name: 'sampleSize',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 5,
						description: 'How many records per object a manual test poll ("Fetch Test Event") shows; it never moves the cursor',
					},
					crmCallOptions[1],
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await poll.call(this);
	}
}
