import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { joinOnKeys, type JoinKey } from '../../../lib/fuse';
import { conflictProperties } from '../helpers/conflictDescriptions';
import { readFusionPolicy } from '../helpers/readFusionPolicy';
import { readSources } from '../helpers/readSources';
import { itemFrom } from '../helpers/toItems';

const properties: INodeProperties[] = [
	{
		displayName: 'Join Keys',
		name: 'joinKeys',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add key',
		default: { key: [{}] },
		description: 'Items match when all keys are equal',
		options: [
			{
				displayName: 'Key',
				name: 'key',
				values: [
					{ displayName: 'Field in First Source', name: 'left', type: 'string', default: '', required: true, placeholder: 'e.g. email' },
					{ displayName: 'Field in Second Source', name: 'right', type: 'string', default: '', required: true, placeholder: 'e.g. contact_email' },
					{
						displayName: 'Compare',
						name: 'normalise',
						type: 'options',
						options: [
							{ name: 'As Email Addresses', value: 'email' },
							{ name: 'As Phone Numbers', value: 'phone', description: 'In E.164 form, so 030 123 and +49 30 123 are equal' },
							{ name: 'Exact Values', value: 'none' },
							{ name: 'Ignoring Case', value: 'case' },
							{ name: 'Ignoring Extra Spaces', value: 'whitespace' },
						],
						default: 'case',
					},
				],
			},
		],
	},
	{
		displayName: 'Join Type',
		name: 'joinType',
		type: 'options',
		options: [
			{ name: 'Inner (Matches Only)', value: 'inner' },
			{ name: 'Left (All of the First Source)', value: 'left' },
			{ name: 'Full Outer (Everything)', value: 'full' },
		],
		default: 'inner',
	},
	{
		displayName: 'When Both Have a Field',
		name: 'clash',
		type: 'options',
		options: [
			{ name: 'Keep Both, With Prefixes', value: 'prefix', description: 'E.g. crm_phone and erp_phone.' },
			{ name: 'Choose by the Golden-Record Rules', value: 'resolve', description: 'Source priority, most recent, …' },
		],
		default: 'resolve',
		description: 'What to do when both sources have a field with different values',
	},
	{
		displayName: 'Default Country for Phones',
		name: 'defaultCountry',
		type: 'string',
		default: '',
		placeholder: 'e.g. DE',
		description: 'ISO code of the country of phone numbers written without a country code',
	},
	...conflictProperties.map((property) => ({ ...property, displayOptions: { show: { clash: ['resolve'] } } })),
];

export const description = updateDisplayOptions({ show: { operation: ['join'] } }, properties);

/** Joins the first two sources on keys, SQL-style, pairing each output item with the items it joins. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const sources = readSources(this);
	if (sources.length !== 2) {
		throw new NodeOperationError(this.getNode(), `Join on Keys needs exactly two sources, not ${sources.length}`, {
			description: 'Set Number of Inputs to 2, or use Match and Merge for more sources.',
		});
	}
	const [left, right] = sources;
	const keys = (this.getNodeParameter('joinKeys.key', 0, []) as IDataObject[]).map(
		(key): JoinKey => ({ left: String(key.left ?? '').trim(), right: String(key.right ?? '').trim(), normalise: key.normalise as JoinKey['normalise'] }),
	);
	const clashMode = this.getNodeParameter('clash', 0) as string;
	const clash =
		clashMode === 'prefix'
			? { mode: 'prefix' as const, leftPrefix: `${left.source}_`, rightPrefix: `${right.source}_` }
			: { mode: 'resolve' as const, policy: readFusionPolicy(this, [left.source, right.source]), leftSource: left.source, rightSource: right.source };
	let result;
	try {
		result = joinOnKeys(left.records, right.records, {
			keys,
			type: this.getNodeParameter('joinType', 0) as 'inner' | 'left' | 'full',
			clash,
			defaultCountry: (this.getNodeParameter('defaultCountry', 0, '') as string) || undefined,
		});
	} catch (error) {
		throw new NodeOperationError(this.getNode(), (error as Error).message);
	}
	const { records, origin } = result;
	return [
		records.map((record, k) => {
			const refs: Array<{ source: number; index: number }> = [];
			if (origin[k].left !== undefined) refs.push({ source: 0, index: origin[k].left! });
			if (origin[k].right !== undefined) refs.push({ source: 1, index: origin[k].right! });
			return itemFrom(record as IDataObject, refs, sources);
		}),
	];
}
