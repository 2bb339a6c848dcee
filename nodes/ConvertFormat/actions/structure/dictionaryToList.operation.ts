import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { dictionaryToList, readPath } from '../../../../lib/restructure';
import { forEachItem } from '../../../shared/forEachItem';

const properties: INodeProperties[] = [
	{
		displayName: 'Dictionary Field',
		name: 'sourceField',
		type: 'string',
		default: '',
		placeholder: 'e.g. contactsById',
		description: 'Field holding the dictionary. Leave empty to use the whole item.',
	},
	{
		displayName: 'Key Field Name',
		name: 'keyField',
		type: 'string',
		default: 'key',
		description: 'Name of the field that receives each key',
	},
	{
		displayName: 'Value Field Name',
		name: 'valueField',
		type: 'string',
		default: 'value',
		description: 'Name of the field that receives each value',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['structure'], operation: ['dictionaryToList'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await forEachItem(this, items, async (i, item) => {
		const sourceField = this.getNodeParameter('sourceField', i) as string;
		const keyField = this.getNodeParameter('keyField', i) as string;
		const valueField = this.getNodeParameter('valueField', i) as string;
		const found = sourceField ? readPath(item.json, sourceField) : { found: true as const, value: item.json };
		return dictionaryToList(found.found ? found.value : undefined, { keyField, valueField }) as IDataObject[];
	});
}
