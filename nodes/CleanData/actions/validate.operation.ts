import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { checkValidationRules, type ValidationRule, type ValidateStep } from '../../../lib/clean';
import { issuesFieldOption, missingOptions, qualityReportOption, rulesList } from '../helpers/descriptions';
import { cleanOptionsOf } from '../helpers/readParameters';
import { splitList } from '../../shared/splitList';
import { runClean } from '../helpers/runClean';
import { optionsCollection } from '../../shared/optionsCollection';

const properties: INodeProperties[] = [
	rulesList('Rules', [
		{
			displayName: 'Field',
			name: 'field',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. email',
		},
		{
			displayName: 'Rule',
			name: 'rule',
			type: 'options',
			options: [
				{ name: 'Date', value: 'date', description: 'A date in one of the listed formats' },
				{ name: 'Email', value: 'email', description: 'A valid email address' },
				{ name: 'Matches Pattern', value: 'regex', description: 'Matches a regular expression' },
				{ name: 'Maximum', value: 'max', description: 'A number or date no greater than the limit' },
				{ name: 'Maximum Length', value: 'maxLength' },
				{ name: 'Minimum', value: 'min', description: 'A number or date no smaller than the limit' },
				{ name: 'Minimum Length', value: 'minLength' },
				{ name: 'One Of', value: 'oneOf', description: 'One of the listed values' },
				{ name: 'Phone', value: 'phone', description: 'A valid phone number' },
				{ name: 'Required', value: 'required', description: 'Not missing' },
				{ name: 'Type', value: 'type', description: 'Of a JSON type' },
				{ name: 'Unique', value: 'unique', description: 'No other item has the same value' },
			],
			default: 'required',
			description: 'Every rule but Required lets a missing value pass; add Required for that',
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Array', value: 'array' },
				{ name: 'Boolean', value: 'boolean' },
				{ name: 'Date', value: 'date', description: 'A date, or ISO 8601 text' },
				{ name: 'Integer', value: 'integer' },
				{ name: 'Number', value: 'number' },
				{ name: 'Object', value: 'object' },
				{ name: 'String', value: 'string' },
			],
			default: 'string',
			displayOptions: { show: { rule: ['type'] } },
		},
		{
			displayName: 'Pattern',
			name: 'pattern',
			type: 'string',
			default: '',
			placeholder: 'e.g. ^[A-Z]{2}$',
			description: 'Regular expression (JavaScript syntax) the value must match',
			displayOptions: { show: { rule: ['regex'] } },
		},
		{
			displayName: 'Ignore Case',
			name: 'ignoreCase',
			type: 'boolean',
			default: false,
			description: 'Whether upper and lower case count as the same',
			displayOptions: { show: { rule: ['regex', 'oneOf'] } },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'string',
			default: '',
			placeholder: 'e.g. 0 or 2024-01-01',
			description: 'A number, or a date for date fields',
			displayOptions: { show: { rule: ['min', 'max'] } },
		},
		{
			displayName: 'Exclusive',
			name: 'exclusive',
			type: 'boolean',
			default: false,
			description: 'Whether a value equal to the limit fails',
			displayOptions: { show: { rule: ['min', 'max'] } },
		},
		{
			displayName: 'Length',
			name: 'length',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			displayOptions: { show: { rule: ['minLength', 'maxLength'] } },
		},
		{
			displayName: 'Values',
			name: 'values',
			type: 'string',
			default: '',
			placeholder: 'e.g. lead, customer, partner',
			description: 'Allowed values, separated by commas',
			displayOptions: { show: { rule: ['oneOf'] } },
		},
		{
			displayName: 'Default Country',
			name: 'defaultCountry',
			type: 'string',
			default: '',
			placeholder: 'e.g. DE',
			description: 'ISO code of the country of numbers written without a country code',
			displayOptions: { show: { rule: ['phone'] } },
		},
		{
			displayName: 'Input Formats',
			name: 'inputFormats',
			type: 'string',
			default: 'ISO',
			description: 'Formats tried in order, separated by commas: ISO, dd.MM.yyyy, MM/dd/yyyy, yyyyMMdd',
			displayOptions: { show: { rule: ['date'] } },
		},
	]),
	optionsCollection([
		...missingOptions,
		qualityReportOption,
		issuesFieldOption,
		{
			displayName: 'Keep Invalid Items in Main Output',
			name: 'keepInvalid',
			type: 'boolean',
			default: false,
			description: 'Whether invalid items stay in the first output with their issues field, instead of going to the Invalid output',
		},
	]),
];

export const description = updateDisplayOptions({ show: { operation: ['validate'] } }, properties);

function ruleOf(rule: IDataObject): ValidationRule {
	const field = String(rule.field ?? '').trim();
	switch (rule.rule) {
		case 'type':
			return { field, rule: 'type', type: rule.type as 'string' };
		case 'regex':
			return { field, rule: 'regex', pattern: String(rule.pattern ?? ''), flags: rule.ignoreCase ? 'i' : undefined };
		case 'min':
		case 'max': {
			const text = String(rule.limit ?? '').trim();
			const limit = text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
			return { field, rule: rule.rule, limit, exclusive: rule.exclusive === true };
		}
		case 'minLength':
		case 'maxLength':
			return { field, rule: rule.rule, limit: Number(rule.length ?? 0) };
		case 'oneOf':
			return { field, rule: 'oneOf', values: splitList(rule.values), caseSensitive: rule.ignoreCase !== true };
		case 'phone':
			return { field, rule: 'phone', defaultCountry: (rule.defaultCountry as string) || undefined };
		case 'date':
			return { field, rule: 'date', inputFormats: splitList(rule.inputFormats) };
		case 'email':
		case 'unique':
		case 'required':
			return { field, rule: rule.rule };
		default:
			return { field, rule: 'required' };
	}
}

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[][]> {
	const rules = (this.getNodeParameter('rules.rule', 0, []) as IDataObject[]).map(ruleOf);
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	try {
		checkValidationRules(rules);
	} catch (error) {
		throw new NodeOperationError(this.getNode(), (error as Error).message, { description: 'Check the rules of this node.' });
	}
	const steps: ValidateStep[] = [{ step: 'validate', rules, keepInvalid: options.keepInvalid === true }];
	const { main, invalid } = runClean(this, items, steps, cleanOptionsOf(options), options.qualityReport === true);
	return [main, invalid];
}
