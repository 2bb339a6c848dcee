import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { renameFields } from '../../../../lib/restructure';
import { fromToTable } from '../../helpers/common.descriptions';
import { forEachItem } from '../../../shared/forEachItem';

const properties: INodeProperties[] = [
	fromToTable(
		{ displayName: 'Mapping', name: 'mapping', placeholder: 'Add mapping' },
		{ displayName: 'Field', name: 'pair', fromExample: 'E-Mail', toExample: 'email' },
	),
	{
		displayName: 'Keep Unmapped Fields',
		name: 'keepUnmapped',
		type: 'boolean',
		default: true,
		description: 'Whether fields not in the mapping stay in the item',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['structure'], operation: ['renameFields'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await forEachItem(this, items, async (i, item) => {
		const mapping = this.getNodeParameter('mapping.pair', i, []) as Array<{ from: string; to: string }>;
		const keepUnmapped = this.getNodeParameter('keepUnmapped', i) as boolean;
		return [renameFields(item.json, mapping, { keepUnmapped }) as IDataObject];
	});
}
