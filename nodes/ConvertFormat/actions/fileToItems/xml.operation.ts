import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { encodingOption, inputBinaryField, replaceInvalidOption } from '../../helpers/common.descriptions';
import { limitOptions } from '../../helpers/limits';
import { xmlReadOptions } from '../../helpers/xml.descriptions';
import { readFileExecute } from './readFile';

const properties: INodeProperties[] = [
	inputBinaryField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [encodingOption, ...limitOptions, replaceInvalidOption, ...xmlReadOptions],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['fileToItems'], operation: ['xml'] } }, properties);
export const execute = readFileExecute('xml');
