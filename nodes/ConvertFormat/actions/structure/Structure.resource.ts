import type { INodeProperties } from 'n8n-workflow';
import * as aggregate from './aggregate.operation';
import * as dictionaryToList from './dictionaryToList.operation';
import * as flatten from './flatten.operation';
import * as listToDictionary from './listToDictionary.operation';
import * as mapValues from './mapValues.operation';
import * as renameFields from './renameFields.operation';
import * as splitOut from './splitOut.operation';
import * as unflatten from './unflatten.operation';

export { aggregate, dictionaryToList, flatten, listToDictionary, mapValues, renameFields, splitOut, unflatten };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['structure'] } },
		options: [
			{ name: 'Collect Items Into a List', value: 'aggregate', action: 'Collect items into a list' },
			{ name: 'Dictionary to Items', value: 'dictionaryToList', action: 'Turn a dictionary into items' },
			{ name: 'Flatten Nested Fields', value: 'flatten', action: 'Flatten nested fields to dotted names' },
			{ name: 'Items to Dictionary', value: 'listToDictionary', action: 'Turn items into a dictionary' },
			{ name: 'Map Values', value: 'mapValues', action: 'Map values through a table' },
			{ name: 'Rename Fields', value: 'renameFields', action: 'Rename fields from a mapping' },
			{ name: 'Split List Into Items', value: 'splitOut', action: 'Split a list field into items' },
			{ name: 'Unflatten Dotted Fields', value: 'unflatten', action: 'Nest dotted field names' },
		],
		default: 'flatten',
	},
	...aggregate.description,
	...dictionaryToList.description,
	...flatten.description,
	...listToDictionary.description,
	...mapValues.description,
	...renameFields.description,
	...splitOut.description,
	...unflatten.description,
];
