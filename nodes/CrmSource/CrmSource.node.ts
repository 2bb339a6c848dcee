import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as get from './actions/get.operation';
import * as getChangedSince from './actions/getChangedSince.operation';
import * as getMany from './actions/getMany.operation';
import { router } from './actions/router';
import { restProperties } from './helpers/descriptions';
import { crmCallOptions, crmReadOptions, crmResourceOptions } from '../shared/crmDescriptions';

/** Wires the read operations of actions/ into one node for HubSpot, Salesforce, Pipedrive and any REST CRM. */
export class CrmSource implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CRM Source',
		name: 'crmSource',
		icon: { light: 'file:crmSource.svg', dark: 'file:crmSource.dark.svg' },
		group: ['input'],
		version: 1,
		subtitle: '={{$parameter["crm"] + ": " + $parameter["operation"]}}',
		description: 'Read contacts, companies, deals, tickets and more from HubSpot, Salesforce, Pipedrive or any REST CRM, including only what changed',
		defaults: { name: 'CRM Source' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [
			{ name: 'crmHubSpotPrivateAppApi', required: true, displayOptions: { show: { crm: ['hubspot'] } } },
			{ name: 'crmSalesforceOAuth2Api', required: true, displayOptions: { show: { crm: ['salesforce'] } } },
			{ name: 'crmPipedriveApi', required: true, displayOptions: { show: { crm: ['pipedrive'] } } },
			{ name: 'crmRestApi', required: true, displayOptions: { show: { crm: ['rest'] } } },
		],
		properties: [
			{
				displayName: 'CRM',
				name: 'crm',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'HubSpot', value: 'hubspot' },
					{ name: 'Pipedrive', value: 'pipedrive' },
					{ name: 'REST API (Any CRM)', value: 'rest' },
					{ name: 'Salesforce', value: 'salesforce' },
				],
				default: 'hubspot',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: crmResourceOptions,
				default: 'contact',
				displayOptions: { hide: { crm: ['rest'] } },
			},
			{
				displayName: 'Custom Object',
				name: 'customObject',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'e.g. p_projects, Project__c or leads',
				description: 'The CRM\'s name of the object (HubSpot object type, Salesforce API name, Pipedrive entity)',
				displayOptions: { show: { resource: ['custom'] }, hide: { crm: ['rest'] } },
			},
			...restProperties,
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Get', value: 'get', description: 'Get one record by ID', action: 'Get a record' },
					{
						name: 'Get Changed Since',
						value: 'getChangedSince',
						description: 'Get the records that changed since the last run or a date',
						action: 'Get records changed since',
					},
					{ name: 'Get Many', value: 'getMany', description: 'Get many records', action: 'Get many records' },
				],
				default: 'getMany',
			},
			...get.description,
			...getMany.description,
			...getChangedSince.description,
			{
				displayName: 'Properties',
				name: 'properties',
				type: 'string',
				default: '',
				placeholder: 'e.g. email, firstname, lastname',
				description: 'Fields to read, separated by commas; empty reads the CRM\'s default fields',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [...crmCallOptions, ...crmReadOptions].sort((a, b) => a.displayName.localeCompare(b.displayName)),
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
