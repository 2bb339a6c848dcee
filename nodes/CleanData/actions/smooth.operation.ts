import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { SmoothStep } from '../../../lib/clean';
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
	rulesList('Fields to Smooth', [
		...fieldSelection,
		{
			displayName: 'Method',
			name: 'method',
			type: 'options',
			options: [
				{ name: 'Exponential Smoothing', value: 'exponential', description: 'Each value weighs alpha, the past 1 − alpha' },
				{ name: 'Moving Average', value: 'movingAverage' },
				{ name: 'Moving Median', value: 'movingMedian', description: 'Like the moving average, but single spikes do not pull it' },
			],
			default: 'movingAverage',
		},
		{
			displayName: 'Window',
			name: 'window',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 3,
			description: 'Number of values in each window',
			displayOptions: { show: { method: ['movingAverage', 'movingMedian'] } },
		},
		{
			displayName: 'Centred',
			name: 'centred',
			type: 'boolean',
			default: false,
			description: 'Whether the window is centred on each value (else it ends at the value: trailing)',
			displayOptions: { show: { method: ['movingAverage', 'movingMedian'] } },
		},
		{
			displayName: 'Alpha',
			name: 'alpha',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 3 },
			default: 0.5,
			description: 'Weight of the newest value, above 0 and at most 1',
			displayOptions: { show: { method: ['exponential'] } },
		},
	]),
	{ ...orderByField, required: true, description: 'The series runs in the order of this field, such as a date' },
	groupByField,
	optionsCollection([
		...missingOptions,
		nonNumericOption,
		qualityReportOption,
		{
			displayName: 'Output Field Suffix',
			name: 'outputSuffix',
			type: 'string',
			default: '',
			placeholder: 'e.g. _smoothed',
			description: 'Write the smoothed value to the field name plus this suffix; empty replaces the value',
		},
	]),
];

export const description = updateDisplayOptions({ show: { operation: ['smooth'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[][]> {
	const orderBy = (this.getNodeParameter('orderBy', 0, '') as string) || undefined;
	const groupBy = (this.getNodeParameter('groupBy', 0, '') as string) || undefined;
	const { main } = runRules(this, items, (rule, options): SmoothStep => ({
		step: 'smooth',
		fields: fieldSelectionOf(rule),
		method: rule.method as SmoothStep['method'],
		window: rule.window as number | undefined,
		centred: rule.centred as boolean | undefined,
		alpha: rule.alpha as number | undefined,
		orderBy,
		groupBy,
		outputSuffix: (options.outputSuffix as string) || '',
	}));
	return [main];
}
