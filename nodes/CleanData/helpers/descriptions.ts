import type { INodeProperties } from 'n8n-workflow';

/** "Apply To" and "Fields" of a rule: named fields, or every number or text field. */
export const fieldSelection: INodeProperties[] = [
	{
		displayName: 'Apply To',
		name: 'applyTo',
		type: 'options',
		options: [
			{ name: 'Chosen Fields', value: 'fields' },
			{ name: 'All Number Fields', value: 'number', description: 'Every field whose values are numbers or number text' },
			{ name: 'All Text Fields', value: 'text', description: 'Every other field holding text' },
		],
		default: 'fields',
	},
	{
		displayName: 'Fields',
		name: 'fields',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. amount, employees',
		description: 'Names of the fields, separated by commas',
		displayOptions: { show: { applyTo: ['fields'] } },
	},
];

export const groupByField: INodeProperties = {
	displayName: 'Group By Field',
	name: 'groupBy',
	type: 'string',
	default: '',
	placeholder: 'e.g. customer_id',
	description: 'Work within each value of this field (each customer, segment or account) instead of across all items',
};

export const orderByField: INodeProperties = {
	displayName: 'Order By Field',
	name: 'orderBy',
	type: 'string',
	default: '',
	placeholder: 'e.g. date',
	description:
		'Take the items in the order of this field (numbers by value, text such as ISO dates alphabetically) instead of their input order',
};

export const missingOptions: INodeProperties[] = [
	{
		displayName: 'Empty Text Is Missing',
		name: 'emptyText',
		type: 'boolean',
		default: true,
		description: 'Whether "" and text of only spaces count as missing (null and absent fields always do)',
	},
	{
		displayName: 'Missing Words',
		name: 'missingWords',
		type: 'string',
		default: 'N/A, null, -',
		description: 'Values that count as missing, separated by commas (compared without case and surrounding spaces)',
	},
];

export const nonNumericOption: INodeProperties = {
	displayName: 'Text in Number Fields',
	name: 'nonNumeric',
	type: 'options',
	options: [
		{ name: 'Treat as Missing', value: 'missing' },
		{ name: 'Fail', value: 'fail', description: 'Stop with an error that names the item and field' },
	],
	default: 'missing',
	description: 'What to do with a value such as "abc" in a field treated as numbers',
};

export const qualityReportOption: INodeProperties = {
	displayName: 'Quality Report Item',
	name: 'qualityReport',
	type: 'boolean',
	default: false,
	description:
		'Whether to add one last item with a report per field: count, missing before and after, filled, outliers, normalised, invalid, distinct',
};

export const issuesFieldOption: INodeProperties = {
	displayName: 'Issues Field',
	name: 'issuesField',
	type: 'string',
	default: '_validation',
	description: 'Field listing an item\'s problems: field, rule, value and message of each',
};

/** A list of rules the user adds one by one (and can reorder), each with the given fields. */
export function rulesList(displayName: string, values: INodeProperties[]): INodeProperties {
	return {
		displayName,
		name: 'rules',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add rule',
		default: { rule: [{}] },
		options: [{ displayName: 'Rule', name: 'rule', values }],
	};
}
