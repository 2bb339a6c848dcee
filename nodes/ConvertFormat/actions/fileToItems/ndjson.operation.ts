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
		options: [encodingOption, ...limitOptions, replaceInvalidOption],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['fileToItems'], operation: ['ndjson'] } }, properties);
export const execute = readFileExecute('ndjson');
