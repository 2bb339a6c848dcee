import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { OutlierRule, OutlierStep } from '../../../lib/clean';
import {
	fieldSelection,
	groupByField,
	missingOptions,
	nonNumericOption,
	optionsCollection,
	qualityReportOption,
	rulesList,
} from '../helpers/descriptions';
import { cleanOptionsOf, fieldSelectionOf } from '../helpers/readParameters';
import { runClean } from '../helpers/runClean';

const properties: INodeProperties[] = [
	rulesList('Fields to Check', [
		...fieldSelection,
		{
			displayName: 'Detect By',
			name: 'method',
			type: 'options',
			options: [
				{
					name: 'Fixed Range',
					value: 'range',
					description: 'Values below the minimum or above the maximum',
				},
				{
					name: 'IQR (Tukey Fences)',
					value: 'iqr',
					description: 'Outside Q1 − k·IQR … Q3 + k·IQR, quartiles as numpy and pandas compute them (linear)',
				},
				{
					name: 'Modified Z-Score (Median and MAD)',
					value: 'modifiedZScore',
					description: '|0.6745·(x − median) / MAD| above the threshold; robust to the outliers themselves',
				},
				{ name: 'Z-Score', value: 'zScore', description: '|x − mean| / standard deviation (sample) above the threshold' },
			],
			default: 'iqr',
		},
		{
			displayName: 'Threshold',
			name: 'zThreshold',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 3,
			displayOptions: { show: { method: ['zScore'] } },
		},
		{
			displayName: 'Threshold',
			name: 'modifiedThreshold',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 3.5,
			displayOptions: { show: { method: ['modifiedZScore'] } },
		},
		{
			displayName: 'K',
			name: 'k',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 1.5,
			description: 'Fence distance in IQRs: 1.5 for outliers, 3 for far-out values',
			displayOptions: { show: { method: ['iqr'] } },
		},
		{
			displayName: 'Minimum',
			name: 'min',
			type: 'string',
			default: '',
			placeholder: 'e.g. 0',
			description: 'Lowest allowed value; empty for none',
			displayOptions: { show: { method: ['range'] } },
		},
		{
			displayName: 'Maximum',
			name: 'max',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1000000',
			description: 'Highest allowed value; empty for none',
			displayOptions: { show: { method: ['range'] } },
		},
		{
			displayName: 'Then',
			name: 'handling',
			type: 'options',
			options: [
				{ name: 'Cap at the Fence', value: 'cap', description: 'Set the value to the limit it passed (winsorise)' },
				{ name: 'Flag Only', value: 'flag', description: 'Keep the value and list the field in "_outliers"' },
				{ name: 'Remove Item', value: 'remove' },
				{ name: 'Replace With Mean', value: 'mean', description: 'Mean of the values inside the fences' },
				{ name: 'Replace With Median', value: 'median', description: 'Median of the values inside the fences' },
			],
			default: 'flag',
		},
	]),
	groupByField,
	optionsCollection([
		...missingOptions,
		nonNumericOption,
		qualityReportOption,
		{
			displayName: 'Flag Field',
			name: 'flagField',
			type: 'string',
			default: '_outliers',
			description: 'Field listing the fields with an outlier, for "Flag Only"',
		},
	]),
];

export const description = updateDisplayOptions({ show: { operation: ['outliers'] } }, properties);

function ruleOf(rule: IDataObject): OutlierRule {
	const bound = (value: unknown) => (value === '' || value === undefined || value === null ? undefined : Number(value));
	switch (rule.method) {
		case 'zScore':
			return { method: 'zScore', threshold: rule.zThreshold as number };
		case 'modifiedZScore':
			return { method: 'modifiedZScore', threshold: rule.modifiedThreshold as number };
		case 'range':
			return { method: 'range', min: bound(rule.min), max: bound(rule.max) };
		default:
			return { method: 'iqr', k: rule.k as number };
	}
}

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[][]> {
	const rules = this.getNodeParameter('rules.rule', 0, []) as IDataObject[];
	const groupBy = this.getNodeParameter('groupBy', 0, '') as string;
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	const steps: OutlierStep[] = rules.map((rule) => ({
		step: 'outliers',
		fields: fieldSelectionOf(rule),
		rule: ruleOf(rule),
		action: rule.handling as OutlierStep['action'],
		flagField: (options.flagField as string) || undefined,
		groupBy: groupBy || undefined,
	}));
	const { main } = runClean(this, items, steps, cleanOptionsOf(options), options.qualityReport === true);
	return [main];
}
