import { CrmApiError } from '../http/CrmApiError';
import { soqlDateTime } from './soqlDateTime';
import { soqlIdentifier } from './soqlIdentifier';
import { soqlString } from './soqlString';
import type { SalesforceFilter, SoqlValueType } from './types';

const OPERATORS: Record<Exclude<SalesforceFilter['operator'], 'contains'>, string> = {
	eq: '=',
	neq: '!=',
	gt: '>',
	gte: '>=',
	lt: '<',
	lte: '<=',
};

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Writes one filter as a SOQL condition. The field must be a valid name; the value becomes a
 * literal that cannot end early: quoted and escaped text, or (type `'auto'`, the default) an
 * unquoted number, boolean, null, date or date-time when the whole value is exactly one of those.
 * `contains` is a LIKE with `%` and `_` in the value matched literally.
 *
 * @example
 * soqlCondition({ field: 'LastName', operator: 'eq', value: "O'Brien" }); // "LastName = 'O\\'Brien'"
 * soqlCondition({ field: 'Amount', operator: 'gt', value: '1000' }); // 'Amount > 1000'
 * soqlCondition({ field: 'Phone', operator: 'eq', value: '5550100', type: 'string' }); // "Phone = '5550100'"
 * soqlCondition({ field: 'Name', operator: 'contains', value: '50%' }); // "Name LIKE '%50\\%%'"
 */
export function soqlCondition(filter: SalesforceFilter): string {
	const field = soqlIdentifier(filter.field, 'field');
	if (typeof filter.value !== 'string') {
		throw new CrmApiError(`Salesforce filter on ${field}: the value must be text, got ${filter.value === null ? 'null' : typeof filter.value}`, { code: 'BAD_REQUEST' });
	}
	if (filter.operator === 'contains') return `${field} LIKE '%${soqlString(filter.value, { like: true }).slice(1, -1)}%'`;
	const operator = OPERATORS[filter.operator];
	if (operator === undefined) {
		throw new CrmApiError(`Salesforce filter on ${field}: unknown operator ${JSON.stringify(filter.operator)} (use eq, neq, gt, gte, lt, lte or contains)`, { code: 'BAD_REQUEST' });
	}
	return `${field} ${operator} ${literal(field, filter.value, filter.type ?? 'auto')}`;
}

function literal(field: string, value: string, type: SoqlValueType): string {
	const text = value.trim();
	const wrong = (expected: string) =>
		new CrmApiError(`Salesforce filter on ${field}: ${JSON.stringify(value.slice(0, 60))} is not ${expected}`, { code: 'BAD_REQUEST' });
	switch (type) {
		case 'string':
			return soqlString(value);
		case 'number':
			if (!NUMBER.test(text)) throw wrong('a number');
			return text;
		case 'boolean':
			if (!/^(true|false)$/i.test(text)) throw wrong('true or false');
			return text.toLowerCase();
		case 'null':
			if (!/^null$/i.test(text)) throw wrong('null');
			return 'null';
		case 'date':
			if (!DATE.test(text)) throw wrong('a date (YYYY-MM-DD)');
			return text;
		case 'datetime':
			return soqlDateTime(text, `filter value for ${field}`);
		case 'auto':
			// Only whole values of a strict grammar go unquoted; everything else is quoted text.
			if (NUMBER.test(value) || DATE.test(value)) return value;
			if (/^(true|false|null)$/.test(value)) return value;
			if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
				try {
					return soqlDateTime(value, `filter value for ${field}`);
				} catch {
					return soqlString(value);
				}
			}
			return soqlString(value);
		default:
			throw new CrmApiError(`Salesforce filter on ${field}: unknown value type ${JSON.stringify(type)}`, { code: 'BAD_REQUEST' });
	}
}
