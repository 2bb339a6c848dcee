import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import type { OutlierRule, OutlierStep } from '../../../lib/clean';
import {
	fieldSelection,
	groupByField,
	missingOptions,
	nonNumericOption,
	qualityReportOption,
	rulesList,
} from '../helpers/descriptions';
import { fieldSelectionOf } from '../helpers/readParameters';
import { runRules } from '../helpers/runClean';
import { optionsCollection } from '../../shared/optionsCollection';

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

/** The outlier rule of a rule entry; a range bound that is not a number stops the node. */
function ruleOf(ctx: IExecuteFunctions, rule: IDataObject): OutlierRule {
	const bound = (value: unknown, name: string) => {
		if (value === '' || value === undefined || value === null) return undefined;
		const n = Number(value);
		if (!Number.isFinite(n)) throw new NodeOperationError(ctx.getNode(), `The ${name} of a fixed range must be a number, not "${String(value)}"`);
		return n;
	};
	switch (rule.method) {
		case 'zScore':
			return { method: 'zScore', threshold: rule.zThreshold as number };
		case 'modifiedZScore':
			return { method: 'modifiedZScore', threshold: rule.modifiedThreshold as number };
		case 'range':
			return { method: 'range', min: bound(rule.min, 'minimum'), max: bound(rule.max, 'maximum') };
		default:
			return { method: 'iqr', k: rule.k as number };
	}
}

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[][]> {
	const groupBy = (this.getNodeParameter('groupBy', 0, '') as string) || undefined;
	const { main } = runRules(this, items, (rule, options): OutlierStep => ({
		step: 'outliers',
		fields: fieldSelectionOf(rule),
		rule: ruleOf(this, rule),
		action: rule.handling as OutlierStep['action'],
		flagField: (options.flagField as string) || undefined,
		groupBy,
	}));
	return [main];
}
