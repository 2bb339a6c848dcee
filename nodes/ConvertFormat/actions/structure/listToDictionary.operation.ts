import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { listToDictionary } from '../../../../lib/restructure';
import { allItemsToOne } from '../../../shared/forEachItem';

const properties: INodeProperties[] = [
	{
		displayName: 'Key Field',
		name: 'keyField',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. ID',
		description: 'Field whose value becomes the key of each entry',
	},
	{
		displayName: 'Value Field',
		name: 'valueField',
		type: 'string',
		default: '',
		description: 'Field whose value becomes the entry. Leave empty to use the whole item.',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['structure'], operation: ['listToDictionary'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await allItemsToOne(this, items, async () => {
		const keyField = this.getNodeParameter('keyField', 0) as string;
		const valueField = (this.getNodeParameter('valueField', 0) as string) || undefined;
		const json = listToDictionary(
			items.map((item) => item.json),
			keyField,
			{ valueField },
		) as IDataObject;
		return { json };
	});
}
