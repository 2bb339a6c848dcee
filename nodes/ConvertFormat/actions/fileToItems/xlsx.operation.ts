import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { inputBinaryField } from '../../helpers/common.descriptions';
import { limitOptions } from '../../helpers/limits';
import { readFileExecute } from './readFile';

const properties: INodeProperties[] = [
	inputBinaryField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Header Row',
				name: 'headerRow',
				type: 'boolean',
				default: true,
				description: 'Whether the first row holds the field names. If not, fields are named column_1, column_2, ….',
			},
			...limitOptions,
			{
				displayName: 'Sheet',
				name: 'sheet',
				type: 'string',
				default: '',
				placeholder: 'e.g. Contacts or 2',
				description: 'Name of the sheet, or its position counting from 1. Leave empty for the first sheet.',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['fileToItems'], operation: ['xlsx'] } }, properties);
export const execute = readFileExecute('xlsx');
