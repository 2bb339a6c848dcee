import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import type { RecordFormat } from '../../../../lib/formats/records';
import { readRecords } from '../../../../lib/formats/records';
import { readPath } from '../../../../lib/restructure';
import { forEachItem } from '../../../shared/forEachItem';
import { limitOptions, readLimits } from '../../helpers/limits';
import { readOptionsFor } from '../../helpers/readOptions';
import { xmlReadOptions } from '../../helpers/xml.descriptions';
import { textFormatParameter } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Text Field',
		name: 'sourceField',
		type: 'string',
		default: 'body',
		required: true,
		placeholder: 'e.g. body',
		description: 'Field holding the text, e.g. the body of a webhook call; use dots for nested fields',
	},
	textFormatParameter,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Delimiter (CSV)',
				name: 'delimiter',
				type: 'string',
				default: '',
				description: 'Character between CSV values. Leave empty to detect it.',
			},
			{
				displayName: 'Header Row (CSV)',
				name: 'headerRow',
				type: 'boolean',
				default: true,
				description: 'Whether the first CSV row holds the field names',
			},
			...limitOptions,
			{
				displayName: 'Path to Records (JSON)',
				name: 'path',
				type: 'string',
				default: '',
				placeholder: 'e.g. data.contacts',
				description: 'Where the list of records is in a JSON document',
			},
			...xmlReadOptions.map((p) => ({ ...p, displayName: `${p.displayName} (XML)` })),
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['textField'], operation: ['textToItems'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await forEachItem(this, items, async (i, item) => {
		const sourceField = this.getNodeParameter('sourceField', i) as string;
		const format = this.getNodeParameter('format', i) as RecordFormat;
		const found = readPath(item.json, sourceField);
		const text = found.found ? found.value : undefined;
		if (typeof text !== 'string') {
			throw new NodeOperationError(this.getNode(), `Item ${i}: field "${sourceField}" holds no text`, { itemIndex: i });
		}
		const options = readOptionsFor(format, this.getNodeParameter('options', i, {}) as IDataObject);
		return (await readRecords(format, text, { ...options, limits: readLimits(this, i) })) as IDataObject[];
	});
}
