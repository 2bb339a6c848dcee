import type { INodeProperties } from 'n8n-workflow';

export const separatorParameter: INodeProperties = {
	displayName: 'Separator',
	name: 'separator',
	type: 'string',
	default: '.',
	description: 'Text between the parts of a nested field name, e.g. address.city',
};
