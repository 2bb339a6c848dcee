import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { MissingStep } from '../../../lib/clean';
import {
	fieldSelection,
	groupByField,
	missingOptions,
	nonNumericOption,
	orderByField,
	qualityReportOption,
	rulesList,
} from '../helpers/descriptions';
import { fieldSelectionOf } from '../helpers/readParameters';
import { runRules } from '../helpers/runClean';
import { optionsCollection } from '../../shared/optionsCollection';

const properties: INodeProperties[] = [
	rulesList('Fields to Fill', [
		...fieldSelection,
		{
			displayName: 'Fill With',
			name: 'fillWith',
			type: 'options',
			options: [
				{ name: 'Back Fill (Next Value)', value: 'backFill', description: 'Take the next value in order (pandas bfill)' },
				{ name: 'Drop Item', value: 'drop', description: 'Remove items with a missing value in these fields' },
				{ name: 'Fill With Maximum', value: 'max' },
				{ name: 'Fill With Mean', value: 'mean' },
				{ name: 'Fill With Median', value: 'median' },
				{ name: 'Fill With Minimum', value: 'min' },
				{ name: 'Fill With Most Frequent Value', value: 'mode' },
				{ name: 'Fill With Value', value: 'constant' },
				{ name: 'Forward Fill (Previous Value)', value: 'forwardFill', description: 'Take the previous value in order (pandas ffill)' },
				{
					name: 'Interpolate Linearly',
					value: 'interpolate',
					description: 'Fill gaps between numbers along the order; leading gaps stay, trailing gaps take the last value',
				},
			],
			default: 'constant',
		},
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			description: 'The value to fill in',
			displayOptions: { show: { fillWith: ['constant'] } },
		},
		{
			displayName: 'Longest Gap to Fill',
			name: 'maxGap',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'At most this many missing values in a row are filled; 0 fills them all',
			displayOptions: { show: { fillWith: ['forwardFill', 'backFill'] } },
		},
	]),
	orderByField,
	groupByField,
	optionsCollection([...missingOptions, nonNumericOption, qualityReportOption]),
];

export const description = updateDisplayOptions({ show: { operation: ['fillMissing'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[][]> {
	const orderBy = (this.getNodeParameter('orderBy', 0, '') as string) || undefined;
	const groupBy = (this.getNodeParameter('groupBy', 0, '') as string) || undefined;
	const { main } = runRules(this, items, (rule): MissingStep => ({
		step: 'missing',
		fields: fieldSelectionOf(rule),
		action: rule.fillWith as MissingStep['action'],
		value: rule.value,
		limit: (rule.maxGap as number) || undefined,
		orderBy,
		groupBy,
	}));
	return [main];
}
