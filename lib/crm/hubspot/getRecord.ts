import type { Row } from '../../core/record';
import { CrmApiError } from '../http/CrmApiError';
import { callHubSpot } from './callHubSpot';
import { objectsUrl } from './objectsUrl';
import type { GetOptions, HubSpotConfig } from './types';

/**
 * Reads one record by its id (`GET /crm/v3/objects/{type}/{id}`). A record that does not exist
 * is a `CrmApiError` 'NOT_FOUND' naming the object type and the id.
 *
 * @example
 * const contact = await getRecord({ objectType: 'contacts' }, '512', { request, properties: ['email', 'phone'] });
 */
export async function getRecord(config: HubSpotConfig, id: string, options: GetOptions): Promise<Row> {
	if (String(id).trim() === '') throw new RangeError('HubSpot getRecord needs a record id');
	const properties = (options.properties ?? []).map((name) => name.trim()).filter((name) => name !== '');
	try {
		return await callHubSpot(options, {
			method: 'GET',
			url: objectsUrl(config, `/${encodeURIComponent(String(id).trim())}`),
			qs: { properties: properties.length === 0 ? undefined : properties.join(',') },
		});
	} catch (error) {
		if (error instanceof CrmApiError && error.code === 'NOT_FOUND') {
			throw new CrmApiError(`HubSpot ${config.objectType} record ${id} was not found (${error.message})`, {
				code: 'NOT_FOUND',
				status: error.status,
				url: error.url,
				crmCode: error.crmCode,
			});
		}
		throw error;
	}
}
