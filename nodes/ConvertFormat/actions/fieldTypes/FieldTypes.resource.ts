import type { INodeProperties } from 'n8n-workflow';
import * as convert from './convert.operation';

export { convert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['fieldTypes'] } },
		options: [{ name: 'Convert', value: 'convert', action: 'Convert field types' }],
		default: 'convert',
	},
	...convert.description,
];
