import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { fileNameOption, outputBinaryField } from '../../helpers/common.descriptions';
import { writeOptionProperties } from '../../helpers/writeOptions';
import { writeFileExecute } from './writeFile';

const properties: INodeProperties[] = [
	outputBinaryField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [fileNameOption, ...writeOptionProperties.xml],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['itemsToFile'], operation: ['xml'] } }, properties);
export const execute = writeFileExecute('xml');
