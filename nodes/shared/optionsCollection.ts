import type { INodeProperties } from 'n8n-workflow';

/**
 * The "Options" collection an operation puts its optional settings in, sorted by name as n8n's
 * lint rules want them.
 */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}
