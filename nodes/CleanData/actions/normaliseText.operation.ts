import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { NormaliseStep } from '../../../lib/clean';
import { fieldSelection, issuesFieldOption, missingOptions, qualityReportOption, rulesList } from '../helpers/descriptions';
import { fieldSelectionOf } from '../helpers/readParameters';
import { splitList } from '../../shared/splitList';
import { runRules } from '../helpers/runClean';
import { optionsCollection } from '../../shared/optionsCollection';

const properties: INodeProperties[] = [
	rulesList('Fields to Normalise', [
		...fieldSelection,
		{
			displayName: 'Normalise As',
			name: 'normaliser',
			type: 'options',
			options: [
				{ name: 'Company Name', value: 'company', description: 'Legal forms such as Inc, Ltd, GmbH spelled one way or removed' },
				{ name: 'Country (ISO Code)', value: 'country', description: 'Names and codes to ISO 3166 alpha-2, e.g. Deutschland → DE' },
				{ name: 'Date (ISO 8601)', value: 'date', description: 'Dates in the listed formats to ISO 8601' },
				{ name: 'Email', value: 'email', description: 'Lower case, syntax checked, common domain typos found' },
				{ name: 'Fingerprint Key', value: 'fingerprint', description: 'OpenRefine\'s key: "Tom Cruise" and "Cruise, Tom" both give "cruise tom"' },
				{ name: 'Lower Case', value: 'lower' },
				{ name: 'Phone (E.164)', value: 'phone', description: 'Phone numbers to +4930123456 form' },
				{ name: 'Remove Accents', value: 'foldAccents', description: 'Café → Cafe, Straße → Strasse' },
				{ name: 'Title Case', value: 'title', description: 'Capitalise each word: anna o\'brien → Anna O\'Brien' },
				{ name: 'Trim and Collapse Spaces', value: 'whitespace' },
				{ name: 'Unicode NFKC', value: 'nfkc', description: 'Compatibility forms to their plain letters, e.g. ﬁ → fi, full-width Ａ → A' },
				{ name: 'Upper Case', value: 'upper' },
				{ name: 'Website (URL)', value: 'url', description: 'Add https://, write the host in lower case, drop the default port and the fragment' },
			],
			default: 'whitespace',
		},
		{
			displayName: 'Default Country',
			name: 'defaultCountry',
			type: 'string',
			default: '',
			placeholder: 'e.g. DE',
			description: 'ISO code of the country of numbers written without a country code',
			displayOptions: { show: { normaliser: ['phone'] } },
		},
		{
			displayName: 'Input Formats',
			name: 'inputFormats',
			type: 'string',
			default: 'ISO, dd.MM.yyyy',
			description: 'Formats tried in order, separated by commas: ISO, dd.MM.yyyy, MM/dd/yyyy, dd/MM/yyyy, yyyyMMdd, unix, excel',
			displayOptions: { show: { normaliser: ['date'] } },
		},
		{
			displayName: 'Output',
			name: 'output',
			type: 'string',
			default: 'date',
			description: '"date" for 2024-03-31, "dateTime" for 2024-03-31T00:00:00.000+00:00, or a pattern such as dd.MM.yyyy',
			displayOptions: { show: { normaliser: ['date'] } },
		},
		{
			displayName: 'Fix Domain Typos',
			name: 'fixTypos',
			type: 'boolean',
			default: false,
			description: 'Whether to correct gmial.com to gmail.com and the like, instead of reporting the address as invalid',
			displayOptions: { show: { normaliser: ['email'] } },
		},
		{
			displayName: 'Legal Form',
			name: 'suffix',
			type: 'options',
			options: [
				{ name: 'Spell One Way', value: 'standardise', description: 'One spelling for each legal form: "Acme, Inc." becomes "Acme Inc"' },
				{ name: 'Remove', value: 'strip', description: 'Leave the legal form out: "Acme, Inc." becomes "Acme"' },
			],
			default: 'standardise',
			displayOptions: { show: { normaliser: ['company'] } },
		},
	]),
	optionsCollection([
		...missingOptions,
		qualityReportOption,
		issuesFieldOption,
		{
			displayName: 'Invalid Values',
			name: 'onInvalid',
			type: 'options',
			options: [
				{ name: 'Keep and Note', value: 'keep', description: 'Keep the value and list it in the issues field' },
				{ name: 'Empty and Note', value: 'empty', description: 'Set the value to null and list it in the issues field' },
				{ name: 'Send to Invalid Output', value: 'invalid', description: 'Route the item to a second output' },
				{ name: 'Fail', value: 'fail', description: 'Stop with an error that names the item and field' },
			],
			default: 'keep',
			description: 'What to do with a value that cannot be normalised, such as an email without @',
		},
	]),
];

export const description = updateDisplayOptions({ show: { operation: ['normaliseText'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[][]> {
	const onInvalid = ((this.getNodeParameter('options', 0, {}) as IDataObject).onInvalid as NormaliseStep['onInvalid']) ?? 'keep';
	const { main, invalid } = runRules(this, items, (rule): NormaliseStep => ({
		step: 'normalise',
		fields: fieldSelectionOf(rule),
		normaliser: rule.normaliser as NormaliseStep['normaliser'],
		defaultCountry: (rule.defaultCountry as string) || undefined,
		inputFormats: splitList(rule.inputFormats),
		output: (rule.output as string) || undefined,
		fixTypos: rule.fixTypos === true,
		suffix: rule.suffix as NormaliseStep['suffix'],
		onInvalid,
	}));
	return onInvalid === 'invalid' ? [main, invalid] : [main];
}
