import type { IExecuteFunctions, INodeExecutionData, INodeProperties, IDataObject } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { appendSources } from '../../../lib/fuse';
import { readSources } from '../helpers/readSources';
import { itemFrom } from '../helpers/toItems';

const properties: INodeProperties[] = [
	{
		displayName: 'Source Field',
		name: 'appendSourceField',
		type: 'string',
		default: '_source',
		description: 'Field that names the source of each item (kept when the item already has a value there)',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['append'] } }, properties);

/** Stacks the sources' items, each with its source named in a field. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const sources = readSources(this);
	const sourceField = (this.getNodeParameter('appendSourceField', 0, '_source') as string) || '_source';
	const { records, origin } = appendSources(sources, { sourceField });
	return [records.map((record, k) => itemFrom(record as IDataObject, [{ source: origin[k].input, index: origin[k].index }], sources))];
}
