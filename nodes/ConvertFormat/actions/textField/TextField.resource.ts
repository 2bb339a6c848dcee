import type { INodeProperties } from 'n8n-workflow';
import * as itemsToText from './itemsToText.operation';
import * as textToItems from './textToItems.operation';

export { itemsToText, textToItems };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['textField'] } },
		options: [
			{ name: 'Items to Text', value: 'itemsToText', action: 'Write items as text into a field' },
			{ name: 'Text to Items', value: 'textToItems', action: 'Read text in a field into items' },
		],
		default: 'textToItems',
	},
	...itemsToText.description,
	...textToItems.description,
];
