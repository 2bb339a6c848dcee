import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as append from './actions/append.operation';
import * as join from './actions/join.operation';
import * as matchAndMerge from './actions/matchAndMerge.operation';
import { router } from './actions/router';
import { fuseRecordsInputs } from './helpers/inputs';

/** Wires the fusion operations of actions/ into one node: their descriptions here, their execution via the router. */
export class FuseRecords implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fuse Records',
		name: 'fuseRecords',
		icon: { light: 'file:fuseRecords.svg', dark: 'file:fuseRecords.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description: 'Stack, join or match records from several sources and merge them into golden records',
		defaults: { name: 'Fuse Records' },
		inputs: `={{(${fuseRecordsInputs})($parameter)}}`,
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		properties: [
			{
				displayName: 'Sources Come From',
				name: 'sourcesFrom',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'One Input per Source', value: 'inputs' },
					{ name: 'One Input, a Field Names the Source', value: 'field' },
				],
				default: 'inputs',
			},
			{
				displayName: 'Number of Inputs',
				name: 'numberInputs',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: '2', value: 2 },
					{ name: '3', value: 3 },
					{ name: '4', value: 4 },
					{ name: '5', value: 5 },
				],
				default: 2,
				displayOptions: { show: { sourcesFrom: ['inputs'] } },
			},
			{
				displayName: 'Source Names',
				name: 'sourceNames',
				type: 'string',
				noDataExpression: true,
				default: 'crm, erp',
				description: 'A name for each input, in order, separated by commas; lineage and source priority use them',
				displayOptions: { show: { sourcesFrom: ['inputs'] } },
			},
			{
				displayName: 'Source Field',
				name: 'sourceField',
				type: 'string',
				default: 'source',
				description: 'Field whose value names the source of each item',
				displayOptions: { show: { sourcesFrom: ['field'] } },
			},
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Append', value: 'append', description: 'Stack all sources, naming the source of each item', action: 'Append sources' },
					{ name: 'Join on Keys', value: 'join', description: 'Join two sources on equal keys (inner, left or full outer)', action: 'Join sources on keys' },
					{
						name: 'Match and Merge',
						value: 'matchAndMerge',
						description: 'Find the records that are one customer despite typos, and merge them into golden records',
						action: 'Match and merge records',
					},
				],
				default: 'matchAndMerge',
			},
			...append.description,
			...join.description,
			...matchAndMerge.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
