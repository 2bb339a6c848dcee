import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { DedupeStep } from '../../../lib/clean';
import { missingOptions, qualityReportOption } from '../helpers/descriptions';
import { cleanOptionsOf } from '../helpers/readParameters';
import { splitList } from '../../shared/splitList';
import { runClean } from '../helpers/runClean';
import { optionsCollection } from '../../shared/optionsCollection';

const properties: INodeProperties[] = [
	{
		displayName: 'Compare Fields',
		name: 'fields',
		type: 'string',
		default: '',
		placeholder: 'e.g. email or first_name, last_name, company',
		description: 'Items with the same values in these fields (separated by commas) are duplicates; empty compares all fields',
	},
	{
		displayName: 'Compare',
		name: 'mode',
		type: 'options',
		options: [
			{ name: 'Exact Values', value: 'exact' },
			{
				name: 'Normalised Values (Fingerprint)',
				value: 'fingerprint',
				description: 'Ignore case, accents, punctuation and word order: "ACME, Inc." equals "Inc Acme"',
			},
		],
		default: 'exact',
	},
	{
		displayName: 'Keep',
		name: 'keep',
		type: 'options',
		options: [
			{ name: 'First', value: 'first' },
			{ name: 'Last', value: 'last' },
			{ name: 'Most Complete', value: 'mostComplete', description: 'The item with the most filled fields (the first of equals)' },
		],
		default: 'first',
		description: 'Which item of each group of duplicates stays',
	},
	optionsCollection([...missingOptions, qualityReportOption]),
];

export const description = updateDisplayOptions({ show: { operation: ['deduplicate'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[][]> {
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	const steps: DedupeStep[] = [
		{
			step: 'dedupe',
			fields: splitList(this.getNodeParameter('fields', 0, '')),
			mode: this.getNodeParameter('mode', 0) as DedupeStep['mode'],
			keep: this.getNodeParameter('keep', 0) as DedupeStep['keep'],
		},
	];
	const { main } = runClean(this, items, steps, cleanOptionsOf(options), options.qualityReport === true);
	return [main];
}
