import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { encodingOption, inputBinaryField, replaceInvalidOption } from '../../helpers/common.descriptions';
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
				displayName: 'Delimiter',
				name: 'delimiter',
				type: 'string',
				default: '',
				placeholder: 'e.g. ;',
				description: 'Character between values. Leave empty to detect comma, semicolon, tab or pipe.',
			},
			encodingOption,
			{
				displayName: 'Header Row',
				name: 'headerRow',
				type: 'boolean',
				default: true,
				description: 'Whether the first row holds the field names. If not, fields are named column_1, column_2, ….',
			},
			...limitOptions,
			replaceInvalidOption,
			{
				displayName: 'Skip Empty Lines',
				name: 'skipEmptyLines',
				type: 'boolean',
				default: true,
				description: 'Whether to ignore lines with no values',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['fileToItems'], operation: ['csv'] } }, properties);
export const execute = readFileExecute('csv');
