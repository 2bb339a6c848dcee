import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import type { ConversionRule } from '../../../../lib/convert';
import { convertFields } from '../../../../lib/convert';
import { forEachItem } from '../../../shared/forEachItem';
import { splitList } from '../../helpers/readOptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Fields to Convert',
		name: 'fields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add field',
		default: {},
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Convert To',
						name: 'to',
						type: 'options',
						options: [
							{
								name: 'Boolean',
								value: 'boolean',
								description: 'Yes/no, 1/0, true/false, ja/nein, on/off',
							},
							{
								name: 'Date',
								value: 'date',
							},
							{
								name: 'Integer',
								value: 'integer',
							},
							{
								name: 'Number',
								value: 'number',
							},
							{
								name: 'String',
								value: 'string',
							},
						],
						default: 'number',
					},
					{
						displayName: 'Field Name',
						name: 'field',
						type: 'string',
						default: '',
						placeholder: 'e.g. amount or address.zip',
						description: 'Name of the field;	use dots for nested fields',
					},
					{
						displayName: 'Input Date Formats',
						name: 'inputFormats',
						type: 'string',
						default: 'ISO, yyyy-MM-dd, dd.MM.yyyy, MM/dd/yyyy',
						description: 'Comma-separated formats tried in order, e.g. ISO, dd.MM.yyyy HH:mm, dd/MM/yyyy, unix (seconds), unix_ms, excel (serial day number)',
					},
					{
						displayName: 'Number Format',
						name: 'locale',
						type: 'options',
						options: [
							{
								name: 'Detect',
								value: 'auto',
								description: 'Decide by the separators in each value',
							},
							{
								name: '1,234.56 (English)',
								value: 'en',
							},
							{
								name: '1.234,56 (German, Most of Europe)',
								value: 'de',
							},
					],
						default: 'auto',
					},
					{
						displayName: 'Output Date Format',
						name: 'output',
						type: 'string',
						default: 'iso',
						description: '\'iso\' for ISO 8601, or a pattern such as dd.MM.yyyy',
					},
					{
						displayName: 'Time Zone',
						name: 'timeZone',
						type: 'string',
						default: 'UTC',
						placeholder: 'e.g. Europe/Berlin',
						description: 'Time zone of dates written without an offset, and of the output',
					},
			],
			},
		],
	},
	{
		displayName: 'When a Value Cannot Be Converted',
		name: 'onError',
		type: 'options',
		options: [
			{ name: 'Fail the Item', value: 'fail', description: 'Stop with an error naming the item and field' },
			{
				name: 'Keep the Value',
				value: 'keep',
				description: 'Leave the value as it was and list the problem in the field _conversionErrors',
			},
		],
		default: 'fail',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['fieldTypes'], operation: ['convert'] } }, properties);

interface FieldParameter {
	field: string;
	to: ConversionRule['to'];
	locale?: string;
	inputFormats?: string;
	output?: string;
	timeZone?: string;
}

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await forEachItem(this, items, async (i, item) => {
		const fields = (this.getNodeParameter('fields.field', i, []) as FieldParameter[]).map(toRule);
		const onError = this.getNodeParameter('onError', i) as 'fail' | 'keep';
		const { row, errors } = convertFields(item.json, fields, onError);
		if (errors.length && onError === 'fail') {
			const [first] = errors;
			throw new NodeOperationError(this.getNode(), `Item ${i}: field "${first.field}" cannot be converted: ${first.reason}`, {
				itemIndex: i,
				description: errors.map((e) => `${e.field}: ${e.reason}`).join('\n'),
			});
		}
		if (errors.length) (row as IDataObject)._conversionErrors = errors as unknown as IDataObject[];
		return [row as IDataObject];
	});
}

function toRule(p: FieldParameter): ConversionRule {
	switch (p.to) {
		case 'number':
		case 'integer':
			return { field: p.field, to: p.to, options: { locale: p.locale ?? 'auto' } } as ConversionRule;
		case 'date':
			return {
				field: p.field,
				to: 'date',
				options: { inputFormats: splitList(p.inputFormats ?? 'ISO'), output: p.output || 'iso', timeZone: p.timeZone || 'UTC' },
			} as ConversionRule;
		default:
			return { field: p.field, to: p.to } as ConversionRule;
	}
}
