import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { splitArrayField } from '../../../../lib/restructure';
import { forEachItem } from '../../../shared/forEachItem';

const properties: INodeProperties[] = [
	{
		displayName: 'List Field',
		name: 'field',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. contacts',
		description: 'Field holding the list; each entry becomes an item',
	},
	{
		displayName: 'Keep Other Fields',
		name: 'keepOtherFields',
		type: 'boolean',
		default: true,
		description: 'Whether each new item also gets the other fields of the original item',
	},
	{
		displayName: 'Destination Field',
		name: 'destinationField',
		type: 'string',
		default: '',
		description: 'Field to put each entry in. Leave empty to merge object entries into the item, or use the list field name for plain values.',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['structure'], operation: ['splitOut'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await forEachItem(this, items, async (i, item) => {
		const field = this.getNodeParameter('field', i) as string;
		const keepOtherFields = this.getNodeParameter('keepOtherFields', i) as boolean;
		const destinationField = (this.getNodeParameter('destinationField', i) as string) || undefined;
		return splitArrayField(item.json, field, { keepOtherFields, destinationField }) as IDataObject[];
	});
}
