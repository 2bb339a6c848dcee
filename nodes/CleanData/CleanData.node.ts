import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as deduplicate from './actions/deduplicate.operation';
import * as fillMissing from './actions/fillMissing.operation';
import * as normaliseText from './actions/normaliseText.operation';
import * as outliers from './actions/outliers.operation';
import { router } from './actions/router';
import * as smooth from './actions/smooth.operation';
import * as validate from './actions/validate.operation';
import { cleanDataOutputs } from './helpers/outputs';

/** Wires the cleaning operations of actions/ into one node: their descriptions here, their execution via the router. */
export class CleanData implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Clean Data',
		name: 'cleanData',
		icon: { light: 'file:cleanData.svg', dark: 'file:cleanData.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description: 'Fill missing values, handle outliers, smooth series, normalise text, validate and de-duplicate items',
		defaults: { name: 'Clean Data' },
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{(${cleanDataOutputs})($parameter)}}`,
		usableAsTool: true,
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Fill Missing Values',
						value: 'fillMissing',
						description: 'Fill or drop empty values: a value, mean, median, previous or next value, interpolation',
						action: 'Fill missing values',
					},
					{
						name: 'Handle Outliers',
						value: 'outliers',
						description: 'Find values far from the rest (z-score, IQR) and cap, replace, remove or flag them',
						action: 'Handle outliers',
					},
					{
						name: 'Normalise Text',
						value: 'normaliseText',
						description: 'Tidy spaces and case; emails, phones, dates, countries, websites and company names',
						action: 'Normalise text',
					},
					{
						name: 'Remove Duplicates',
						value: 'deduplicate',
						description: 'Keep one item per exact or normalised key',
						action: 'Remove duplicates',
					},
					{
						name: 'Smooth Series',
						value: 'smooth',
						description: 'Moving average, moving median or exponential smoothing of numbers over time',
						action: 'Smooth series',
					},
					{
						name: 'Validate',
						value: 'validate',
						description: 'Check rules per field and send failing items to a second output',
						action: 'Validate items',
					},
				],
				default: 'normaliseText',
			},
			...fillMissing.description,
			...outliers.description,
			...normaliseText.description,
			...deduplicate.description,
			...smooth.description,
			...validate.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
