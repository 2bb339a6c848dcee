import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { flatten } from '../../../../lib/restructure';
import { forEachItem } from '../../../shared/forEachItem';
import { separatorParameter } from './common';

const properties: INodeProperties[] = [
	separatorParameter,
	{
		displayName: 'Lists',
		name: 'arrays',
		type: 'options',
		options: [
			{ name: 'Keep as Lists', value: 'keep' },
			{ name: 'Number Their Entries', value: 'index', description: 'E.g. phones.0, phones.1.' },
		],
		default: 'keep',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['structure'], operation: ['flatten'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await forEachItem(this, items, async (i, item) => {
		const separator = this.getNodeParameter('separator', i) as string;
		const arrays = this.getNodeParameter('arrays', i) as 'keep' | 'index';
		return [flatten(item.json, { separator, arrays }) as IDataObject];
	});
}
