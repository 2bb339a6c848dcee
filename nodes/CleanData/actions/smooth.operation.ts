import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { SmoothStep } from '../../../lib/clean';
import {
	fieldSelection,
	groupByField,
	missingOptions,
	nonNumericOption,
	optionsCollection,
	orderByField,
	qualityReportOption,
	rulesList,
} from '../helpers/descriptions';
import { cleanOptionsOf, fieldSelectionOf } from '../helpers/readParameters';
import { runClean } from '../helpers/runClean';

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
	const rules = this.getNodeParameter('rules.rule', 0, []) as IDataObject[];
	const orderBy = this.getNodeParameter('orderBy', 0, '') as string;
	const groupBy = this.getNodeParameter('groupBy', 0, '') as string;
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	const steps: SmoothStep[] = rules.map((rule) => ({
		step: 'smooth',
		fields: fieldSelectionOf(rule),
		method: rule.method as SmoothStep['method'],
		window: rule.window as number | undefined,
		centred: rule.centred as boolean | undefined,
		alpha: rule.alpha as number | undefined,
		orderBy: orderBy || undefined,
		groupBy: groupBy || undefined,
		outputSuffix: (options.outputSuffix as string) || '',
	}));
	const { main } = runClean(this, items, steps, cleanOptionsOf(options), options.qualityReport === true);
	return [main];
}
