import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import type { CrmRequest } from '../types';
import { dataPath } from './dataPath';
import { getJson } from './getJson';
import { soqlIdentifier } from './soqlIdentifier';
import type { GetOptions, SalesforceConfig } from './types';

// Salesforce ids are 15 (case-sensitive) or 18 (case-safe) letters and digits; checking that
// keeps any other text out of the URL path.
const RECORD_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/**
 * Reads one record: `GET /services/data/vXX.X/sobjects/{Obj}/{Id}` (with `?fields=` when
 * properties are given). A record that does not exist is a NOT_FOUND CrmApiError naming the id.
 *
 * @example
 * const contact = await getRecord({ objectType: 'Contact' }, '003D000000QOVsfIAH', { request: session.request });
 */
export async function getRecord(config: SalesforceConfig, id: string, options: GetOptions): Promise<Row> {
	const object = soqlIdentifier(config.objectType, 'object');
	const recordId = typeof id === 'string' ? id.trim() : '';
	if (!RECORD_ID.test(recordId)) {
		throw new CrmApiError(`Salesforce ${object} id ${JSON.stringify(String(id).slice(0, 60))} is not valid: ids are 15 or 18 letters and digits`, { code: 'BAD_REQUEST' });
	}
	const fields = (options.properties ?? []).map((field) => soqlIdentifier(typeof field === 'string' ? field.trim() : field, 'field'));
	const req: CrmRequest = { method: 'GET', url: `${dataPath(config)}/sobjects/${object}/${recordId}`, qs: { fields: fields.length > 0 ? fields.join(',') : undefined } };
	let record: unknown;
	try {
		record = await getJson(options.request, req, options.retry);
	} catch (error) {
		if (!(error instanceof CrmApiError) || error.status !== 404) throw error;
		throw new CrmApiError(`Salesforce ${object} ${recordId} was not found (${error.message.replace(/^.*? failed: /, '')})`, {
			code: 'NOT_FOUND',
			status: 404,
			url: error.url,
			crmCode: error.crmCode,
		});
	}
	if (!isPlainObject(record)) throw new CrmApiError(`Salesforce ${describeCall(req)} answered with something other than a record`, { code: 'UNEXPECTED' });
	return record;
}
