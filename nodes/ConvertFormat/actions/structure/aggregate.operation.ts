import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { aggregateRows } from '../../../../lib/restructure';
import { splitList } from '../../helpers/readOptions';
import { allItemsToOne } from '../../../shared/forEachItem';

const properties: INodeProperties[] = [
	{
		displayName: 'Fields',
		name: 'fields',
		type: 'string',
		default: '',
		placeholder: 'e.g. email, name',
		description: 'Comma-separated fields to collect into lists. Leave empty to collect whole items into one list.',
	},
	{
		displayName: 'Destination Field',
		name: 'destination',
		type: 'string',
		default: 'data',
		description: 'Field for the list of whole items (used when Fields is empty)',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['structure'], operation: ['aggregate'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await allItemsToOne(this, items, async () => {
		const fields = splitList(this.getNodeParameter('fields', 0) as string);
		const destination = this.getNodeParameter('destination', 0) as string;
		const json = aggregateRows(
			items.map((item) => item.json),
			{ fields: fields.length ? fields : undefined, destination },
		) as IDataObject;
		return { json };
	});
}
