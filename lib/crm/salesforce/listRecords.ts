import type { Row } from '../../core/record';
import { CrmApiError } from '../http/CrmApiError';
import { dataPath } from './dataPath';
import { queryPages } from './queryPages';
import { selectFields } from './selectFields';
import { soqlCondition } from './soqlCondition';
import { soqlIdentifier } from './soqlIdentifier';
import type { ListOptions, SalesforceConfig } from './types';

/**
 * Reads the records of an object with one SOQL query, `SELECT <fields> FROM <Obj> [WHERE …]
 * [LIMIT n]`, following every page. Fields and the object are validated names; filter values
 * are escaped literals (see `soqlCondition`), so a filter cannot change the query.
 *
 * @example
 * const rows = await listRecords({ objectType: 'Contact' }, {
 *   request: session.request, properties: ['Title'], filters: [{ field: 'LastName', operator: 'eq', value: "O'Brien" }], limit: 500,
 * });
 */
export async function listRecords(config: SalesforceConfig, options: ListOptions): Promise<Row[]> {
	const object = soqlIdentifier(config.objectType, 'object');
	const path = dataPath(config);
	const limit = options.limit;
	if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
		throw new CrmApiError(`Salesforce record limit must be a whole number of at least 0, got ${String(limit)}`, { code: 'BAD_REQUEST' });
	}
	let soql = `SELECT ${selectFields(object, options.properties).join(', ')} FROM ${object}`;
	const conditions = (options.filters ?? []).map(soqlCondition);
	if (conditions.length > 0) soql += ` WHERE ${conditions.join(' AND ')}`;
	if (limit === 0) return [];
	if (limit !== undefined) soql += ` LIMIT ${limit}`;

	const records: Row[] = [];
	for await (const page of queryPages(path, soql, options)) {
		records.push(...page);
		if (limit !== undefined && records.length >= limit) break;
	}
	return limit === undefined ? records : records.slice(0, limit);
}
