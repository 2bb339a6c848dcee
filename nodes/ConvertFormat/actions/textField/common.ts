import type { INodeProperties } from 'n8n-workflow';

export const textFormatParameter: INodeProperties = {
	displayName: 'Format',
	name: 'format',
	type: 'options',
	options: [
		{ name: 'CSV', value: 'csv' },
		{ name: 'JSON', value: 'json' },
		{ name: 'NDJSON (JSON Lines)', value: 'ndjson' },
		{ name: 'XML', value: 'xml' },
	],
	default: 'json',
};
