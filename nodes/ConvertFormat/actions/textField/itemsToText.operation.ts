import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { RecordFormat } from '../../../../lib/formats/records';
import { writeRecordsToText } from '../../../../lib/formats/records';
import { writeOptionProperties, writeOptionsFor } from '../../helpers/writeOptions';
import { allItemsToOne } from '../../../shared/forEachItem';
import { textFormatParameter } from './common';

const suffix: Record<string, string> = { csv: 'CSV', json: 'JSON', xml: 'XML' };

const properties: INodeProperties[] = [
	textFormatParameter,
	{
		displayName: 'Destination Field',
		name: 'destinationField',
		type: 'string',
		default: 'text',
		required: true,
		description: 'Field of the output item that receives the text',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: (['csv', 'json', 'xml'] as const).flatMap((format) =>
			writeOptionProperties[format]
				.filter((p) => p.name !== 'bom')
				.map((p) => ({ ...p, name: `${format}_${p.name}`, displayName: `${p.displayName} (${suffix[format]})` })),
		),
	},
];

export const description = updateDisplayOptions({ show: { resource: ['textField'], operation: ['itemsToText'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await allItemsToOne(this, items, async () => {
		const format = this.getNodeParameter('format', 0) as RecordFormat;
		const destinationField = this.getNodeParameter('destinationField', 0) as string;
		const raw = this.getNodeParameter('options', 0, {}) as IDataObject;
		const own: IDataObject = {};
		for (const [key, value] of Object.entries(raw)) if (key.startsWith(`${format}_`)) own[key.slice(format.length + 1)] = value;
		const text = writeRecordsToText(format, items.map((item) => item.json), writeOptionsFor(format, own));
		return { json: { [destinationField]: text } };
	});
}
