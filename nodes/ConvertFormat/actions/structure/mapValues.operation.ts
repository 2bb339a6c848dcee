import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { mapValues } from '../../../../lib/restructure';
import { fromToTable } from '../../helpers/common.descriptions';
import { forEachItem } from '../../../shared/forEachItem';

const properties: INodeProperties[] = [
	{
		displayName: 'Field',
		name: 'field',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. country',
		description: 'Field whose values are looked up in the table',
	},
	fromToTable(
		{ displayName: 'Table', name: 'table', placeholder: 'Add value' },
		{ displayName: 'Value', name: 'entry', fromExample: 'Germany', toExample: 'DE' },
	),
	{
		displayName: 'Values Not in the Table',
		name: 'unmatched',
		type: 'options',
		options: [
			{ name: 'Keep Them', value: 'keep' },
			{ name: 'Make Them Empty', value: 'empty' },
		],
		default: 'keep',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['structure'], operation: ['mapValues'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await forEachItem(this, items, async (i, item) => {
		const field = this.getNodeParameter('field', i) as string;
		const entries = this.getNodeParameter('table.entry', i, []) as Array<{ from: string; to: string }>;
		const unmatched = this.getNodeParameter('unmatched', i) as 'keep' | 'empty';
		const table = new Map(entries.map((e) => [e.from, e.to]));
		return [mapValues(item.json, field, table, { default: unmatched }) as IDataObject];
	});
}
