import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import { CrmApiError } from '../http/CrmApiError';
import { describeCall } from '../http/describeCall';
import { pickFields } from '../rest/pickFields';
import type { CrmRequest } from '../types';
import { callPipedrive } from './callPipedrive';
import { ALWAYS_KEPT } from './listRecords';
import { pipedriveUrl } from './pipedriveUrl';
import type { GetOptions, PipedriveConfig } from './types';

/**
 * Reads one record by its id (API v2 for the objects that have it, else v1). A record that does
 * not exist is a `CrmApiError` 'NOT_FOUND' naming the object type and the id.
 *
 * @example
 * const person = await getRecord({ objectType: 'persons' }, '42', { request });
 */
export async function getRecord(config: PipedriveConfig, id: string, options: GetOptions): Promise<Row> {
	const key = String(id).trim();
	if (key === '') throw new RangeError('Pipedrive getRecord needs a record id');
	const req: CrmRequest = { method: 'GET', url: pipedriveUrl(config, key) };
	let data: unknown;
	try {
		({ data } = await callPipedrive(options, req));
	} catch (error) {
		if (error instanceof CrmApiError && error.code === 'NOT_FOUND') {
			throw new CrmApiError(`Pipedrive ${config.objectType} record ${key} was not found (${error.message})`, { code: 'NOT_FOUND', status: error.status, url: error.url, crmCode: error.crmCode });
		}
		throw error;
	}
	if (!isPlainObject(data)) {
		throw new CrmApiError(`Pipedrive ${describeCall(req)} returned no record for ${config.objectType} ${key}`, { code: data === null ? 'NOT_FOUND' : 'UNEXPECTED' });
	}
	return pickFields(data, options.properties, ALWAYS_KEPT);
}
