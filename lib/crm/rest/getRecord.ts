import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import { readPath } from '../../restructure/readPath';
import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import { requestJson } from '../http/requestJson';
import type { CrmRequest } from '../types';
import { pickFields } from './pickFields';
import { REST_CRM } from './readPages';
import { restUrl } from './restUrl';
import type { GetOptions, RestConfig } from './types';

/**
 * Reads one record: `GET {baseUrl}{path}/{id}`. The record may come as the body itself, wrapped
 * at `recordsPath` (as an object or a one-element array) or wrapped in a single key such as
 * `data`. A 404 throws `CrmApiError` 'NOT_FOUND'.
 *
 * @example
 * await getRecord(config, '42', { request: fetchRequest() }); // { id: 42, email: 'ann@example.com', … }
 */
export async function getRecord(config: RestConfig, id: string, options: GetOptions): Promise<Row> {
	const req: CrmRequest = { method: 'GET', url: restUrl(config.baseUrl, `${config.path.replace(/\/+$/, '')}/${encodeURIComponent(id)}`), qs: { ...config.query } };
	const call = describeCall(req);
	const { response, body } = await requestJson(options.request, req, { crm: REST_CRM, retry: options.retry });
	const record = unwrap(body, config);
	if (record === undefined) {
		throw new CrmApiError(`${REST_CRM} ${call}: the response holds no record with "${config.idField}" (top-level keys: ${describeKeys(body)})`, { code: 'UNEXPECTED', status: response.status });
	}
	return pickFields(record, options.properties, [config.idField, config.updatedAtField]);
}

function unwrap(body: unknown, config: RestConfig): Row | undefined {
	if (isPlainObject(body) && readPath(body, config.idField).found) return body;
	const candidates: unknown[] = [];
	if (isPlainObject(body)) {
		if (config.recordsPath !== '') {
			const lookup = readPath(body, config.recordsPath);
			if (lookup.found) candidates.push(lookup.value);
		}
		const values = Object.values(body);
		if (values.length === 1) candidates.push(values[0]);
	} else {
		candidates.push(body);
	}
	for (const candidate of candidates) {
		const record = Array.isArray(candidate) && candidate.length === 1 ? candidate[0] : candidate;
		if (isPlainObject(record) && readPath(record, config.idField).found) return record;
	}
	return undefined;
}

function describeKeys(body: unknown): string {
	if (!isPlainObject(body)) return Array.isArray(body) ? 'none, the body is an array' : 'none';
	const keys = Object.keys(body);
	return keys.length === 0 ? 'none' : keys.slice(0, 20).join(', ');
}
