import type { INodeProperties } from 'n8n-workflow';

/** The strategies offered for choosing a golden-record field, with the settings each needs. */
const strategyFields: INodeProperties[] = [
	{
		displayName: 'Strategy',
		name: 'strategy',
		type: 'options',
		options: [
			{ name: 'Average', value: 'average' },
			{ name: 'Concatenate Unique Values', value: 'concatUnique' },
			{ name: 'First Non-Empty', value: 'firstNonEmpty', description: 'The first record (in input order) with a value' },
			{ name: 'Longest', value: 'longest', description: 'The longest text' },
			{ name: 'Maximum', value: 'max' },
			{ name: 'Minimum', value: 'min' },
			{ name: 'Most Complete Record', value: 'mostComplete', description: 'The value of the record with the most filled fields' },
			{ name: 'Most Frequent (Vote)', value: 'vote' },
			{ name: 'Most Recent', value: 'mostRecent', description: 'The value of the record updated last' },
			{ name: 'Rules (JSON)', value: 'rules', description: 'Ordered rules: "if the source is X and the field is not empty, use it; else …"' },
			{ name: 'Source Priority', value: 'sourcePriority', description: 'The first source in the order that has a value' },
			{ name: 'Sum', value: 'sum' },
			{ name: 'Weighted Average', value: 'weightedAverage', description: 'Numbers weighted by their source' },
		],
		default: 'sourcePriority',
	},
	{
		displayName: 'Source Order',
		name: 'order',
		type: 'string',
		default: '',
		placeholder: 'e.g. crm, erp',
		description: 'Source names, most trusted first, separated by commas; empty means the order of the inputs',
		displayOptions: { show: { strategy: ['sourcePriority'] } },
	},
	{
		displayName: 'Updated-At Field',
		name: 'updatedAtField',
		type: 'string',
		default: 'updated_at',
		description: 'Field holding when each record was last changed (ISO 8601 date, or epoch milliseconds)',
		displayOptions: { show: { strategy: ['mostRecent'] } },
	},
	{
		displayName: 'Source Weights',
		name: 'weights',
		type: 'string',
		default: '',
		placeholder: 'e.g. crm=2, erp=1',
		description: 'Weight of each source as name=number, separated by commas; a source left out weighs 1',
		displayOptions: { show: { strategy: ['weightedAverage'] } },
	},
	{
		displayName: 'Separator',
		name: 'separator',
		type: 'string',
		default: ', ',
		displayOptions: { show: { strategy: ['concatUnique'] } },
	},
	{
		displayName: 'Rules',
		name: 'rules',
		type: 'json',
		default: '[{ "source": "crm", "when": "notEmpty", "use": "value" }, { "otherwise": { "strategy": "mostRecent", "updatedAtField": "updated_at" } }]',
		description: 'Tried in order; the last entry must be { "otherwise": { "strategy": … } }',
		displayOptions: { show: { strategy: ['rules'] } },
	},
];

/** "Golden Record Fields": the default strategy and per-field exceptions. */
export const conflictProperties: INodeProperties[] = [
	{
		displayName: 'Default Field Choice',
		name: 'defaultChoice',
		type: 'collection',
		placeholder: 'Set default',
		default: {},
		description: 'How a golden-record field is chosen when the matched records disagree (default: source priority in input order)',
		options: strategyFields,
	},
	{
		displayName: 'Field Exceptions',
		name: 'fieldChoices',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add field',
		default: {},
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [{ displayName: 'Field Name', name: 'name', type: 'string', default: '', required: true, placeholder: 'e.g. phone' }, ...strategyFields],
			},
		],
	},
];
