import type { INodeProperties } from 'n8n-workflow';
import { optionsCollection } from '../../shared/optionsCollection';
import { conflictProperties } from '../helpers/conflictDescriptions';

/** The settings of Match and Merge: blocking, comparisons, scoring, clustering, output, golden fields. */
export const matchAndMergeProperties: INodeProperties[] = [
	{
		displayName: 'Candidate Pairs (Blocking)',
		name: 'blocking',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add rule',
		default: { rule: [{}] },
		description: 'Only records that agree on at least one of these rules are compared; each rule keeps the work small on large inputs',
		options: [
			{
				displayName: 'Rule',
				name: 'rule',
				values: [
					{
						displayName: 'Fields',
						name: 'fields',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'e.g. surname, postcode',
						description: 'Records agree when all these fields (separated by commas) agree',
					},
					{
						displayName: 'Agree On',
						name: 'transform',
						type: 'options',
						options: [
							{ name: 'Digits Only', value: 'digits', description: 'For phone numbers' },
							{ name: 'Exact Value', value: 'exact' },
							{ name: 'Fingerprint', value: 'fingerprint', description: 'Case, accents, punctuation and word order ignored' },
							{ name: 'First Characters', value: 'firstN' },
							{ name: 'Lower-Case Value', value: 'lower' },
							{ name: 'Sound (Soundex)', value: 'soundex', description: 'Names that sound alike: Smith, Smyth' },
						],
						default: 'lower',
					},
					{
						displayName: 'Characters',
						name: 'n',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 3,
						displayOptions: { show: { transform: ['firstN'] } },
					},
				],
			},
		],
	},
	{
		displayName: 'Comparisons',
		name: 'comparisons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add comparison',
		default: { comparison: [{}] },
		description: 'How each field of two records is compared, in levels from exact to different',
		options: [
			{
				displayName: 'Comparison',
				name: 'comparison',
				values: [
					{
						displayName: 'Compare As',
						name: 'compareAs',
						type: 'options',
						options: [
							{
								name: 'Custom Levels (JSON)',
								value: 'custom',
							},
							{
								name: 'Date of Birth',
								value: 'dateOfBirth',
								description: 'Exact, one typo, within a month, a year, ten years',
							},
							{
								name: 'Email',
								value: 'email',
								description: 'Exact, same user name, similar',
							},
							{
								name: 'Exact',
								value: 'exact',
							},
							{
								name: 'Jaro-Winkler Similarity',
								value: 'jaroWinkler',
								description: 'Exact, then similarity at least each threshold',
							},
							{
								name: 'Name',
								value: 'name',
								description: 'Exact, then Jaro-Winkler at least 0.92, 0.88, 0.7 (Splink)',
							},
							{
								name: 'Number',
								value: 'number',
								description: 'Exact, then difference at most each threshold',
							},
							{
								name: 'Typos (Damerau-Levenshtein)',
								value: 'damerauLevenshtein',
								description: 'Exact, then at most each number of edits, swaps count as one',
							},
							{
								name: 'Typos (Levenshtein)',
								value: 'levenshtein',
								description: 'Exact, then at most each number of edits',
							},
						],
						default: 'name',
					},
					{
						displayName: 'Field',
						name: 'field',
						type: 'string',
						default: '',
							required:	true,
						placeholder: 'e.g. first_name',
					},
					{
						displayName: 'Levels',
						name: 'levels',
						type: 'json',
						default: '[{ \'kind\': \'null\' },	{ \'kind\': \'exact\' },	{ \'kind\': \'jaroWinkler\', \'threshold\':	0.9	},	{ \'kind\': \'else\' }]',
						description: 'Ordered levels;	kinds:	null, exact, jaroWinkler, jaro, jaccard, levenshtein, damerauLevenshtein, numericDifference, dateDifference, swapped, else',
					},
					{
						displayName: 'Rare Values Count More',
						name: 'termFrequency',
						type: 'boolean',
						default: false,
						description: 'Whether agreeing on a rare value (a rare surname) is stronger evidence than on a common one (term-frequency adjustment)',
					},
					{
						displayName: 'Thresholds',
						name: 'thresholds',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1, 2 or 0.9, 0.7',
						description: 'Level limits, separated by commas;	empty for the usual ones (1, 2 edits;	0.9, 0.7 similarity)',
					},
					{
						displayName: 'Weight',
						name: 'weight',
						type: 'number',
						default: 1,
						description: 'For weighted rules only:	how much this comparison counts',
					},
			],
			},
		],
	},
	{
		displayName: 'Scoring',
		name: 'scoring',
		type: 'options',
		options: [
			{
				name: 'Learned From the Data (Fellegi-Sunter)',
				value: 'fellegiSunter',
				description: 'Learns how telling each level is, without labels, as Splink does',
			},
			{ name: 'Weighted Rules', value: 'weighted', description: 'A weighted mean of the comparisons, from 0 to 1' },
		],
		default: 'fellegiSunter',
	},
	{
		displayName: 'Match Threshold',
		name: 'threshold',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 3 },
		default: 0.9,
		description: 'Pairs with a match probability (or weighted score) at least this are the same entity',
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{ name: 'Golden Records', value: 'golden', description: 'One item per entity, with _cluster and _lineage' },
			{ name: 'Scored Pairs (for Review)', value: 'pairs', description: 'One item per candidate pair, with why it scored as it did' },
		],
		default: 'golden',
	},
	...conflictProperties.map((property) => ({ ...property, displayOptions: { show: { output: ['golden'] } } })),
	optionsCollection([
		{
			displayName: 'ID Field',
			name: 'idField',
			type: 'string',
			default: '',
			placeholder: 'e.g. ID',
			description: 'Field that identifies each record, listed in _cluster members and pairs',
		},
		{
			displayName: 'One Match per Source',
			name: 'oneToOne',
			type: 'boolean',
			default: false,
			description: 'Whether a record may match at most one record of each other source (each CRM contact is one ERP customer)',
		},
		{
			displayName: 'Largest Cluster',
			name: 'maxClusterSize',
			type: 'number',
			typeOptions: { minValue: 2 },
			default: 1000,
			description: 'Clusters larger than this are split by raising the threshold inside them',
		},
		{
			displayName: 'Most Pairs per Rule',
			name: 'maxPairs',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 5000000,
			description: 'A blocking rule that would make more candidate pairs stops the node with an error naming it',
		},
		{
			displayName: 'Training Fields',
			name: 'trainingFields',
			type: 'string',
			default: '',
			placeholder: 'e.g. date_of_birth; postcode',
			description: 'Groups of fields (separated by ;) whose agreeing pairs train the model, one round each; empty uses the blocking rules',
		},
		{
			displayName: 'Lowest Pair Probability',
			name: 'minProbability',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 3 },
			default: 0.5,
			description: 'For Scored Pairs: leave out pairs scoring lower',
		},
	]),
];
