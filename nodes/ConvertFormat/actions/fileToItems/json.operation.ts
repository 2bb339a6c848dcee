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
			encodingOption,
			...limitOptions,
			{
				displayName: 'Path to Records',
				name: 'path',
				type: 'string',
				default: '',
				placeholder: 'e.g. data.contacts',
				description: 'Where the list of records is in the document. Leave empty when the file is the list itself.',
			},
			replaceInvalidOption,
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['fileToItems'], operation: ['json'] } }, properties);
export const execute = readFileExecute('json');
