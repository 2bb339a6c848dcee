import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as sync from './actions/sync.operation';

/** Wires the sync operation into one node with two outputs: the synced records and the failed ones. */
export class ThirdPartySync implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Third-Party Sync',
		name: 'thirdPartySync',
		icon: { light: 'file:thirdPartySync.svg', dark: 'file:thirdPartySync.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{"to " + $parameter["destination"]}}',
		description: 'Push records to a REST API, HubSpot, Salesforce or a signed webhook: batched, retried, idempotent, only what changed, resumable',
		defaults: { name: 'Third-Party Sync' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [
			{ type: NodeConnectionTypes.Main, displayName: 'Synced' },
			{ type: NodeConnectionTypes.Main, displayName: 'Failed' },
		],
		usableAsTool: true,
		credentials: [
			{ name: 'crmThirdPartyApi', required: true, displayOptions: { show: { destination: ['rest', 'webhook'] } } },
			{ name: 'crmHubSpotPrivateAppApi', required: true, displayOptions: { show: { destination: ['hubspot'] } } },
			{ name: 'crmSalesforceOAuth2Api', required: true, displayOptions: { show: { destination: ['salesforce'] } } },
		],
		properties: [
			{
				displayName: 'Destination',
				name: 'destination',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'HubSpot (Batch Upsert)', value: 'hubspot' },
					{ name: 'REST API', value: 'rest' },
					{ name: 'Salesforce (Upsert by External ID)', value: 'salesforce' },
					{ name: 'Signed Webhook', value: 'webhook', description: 'HMAC-SHA256 signature and timestamp headers the receiver can verify' },
				],
				default: 'rest',
			},
			...sync.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await sync.execute.call(this, this.getInputData());
	}
}
