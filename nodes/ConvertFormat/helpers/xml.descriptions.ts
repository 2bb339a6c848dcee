import type { INodeProperties } from 'n8n-workflow';

/** XML reading options, shared by "File to Items" and "Text to Items". */
export const xmlReadOptions: INodeProperties[] = [
	{
		displayName: 'Always Lists',
		name: 'alwaysArray',
		type: 'string',
		default: '',
		placeholder: 'e.g. phone, tag',
		description:
			'Comma-separated element names that are always lists, even when a record has only one of them, so the shape of every record is the same',
	},
	{
		displayName: 'Path to Records',
		name: 'itemPath',
		type: 'string',
		default: '',
		placeholder: 'e.g. contacts.contact',
		description:
			'Path of the repeating element, each one becoming an item. Leave empty to use the first repeating element under the root.',
	},
];

/** XML writing options, shared by "Items to File" and "Items to Text". */
export const xmlWriteOptions: INodeProperties[] = [
	{
		displayName: 'Item Element Name',
		name: 'itemElement',
		type: 'string',
		default: 'item',
		description: 'Name of the element that holds each item',
	},
	{
		displayName: 'Pretty Print',
		name: 'pretty',
		type: 'boolean',
		default: true,
		description: 'Whether to indent the output so people can read it',
	},
	{
		displayName: 'Root Element Name',
		name: 'rootElement',
		type: 'string',
		default: 'items',
		description: 'Name of the element around all items',
	},
];
