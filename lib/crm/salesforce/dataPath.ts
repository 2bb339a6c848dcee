import { CrmApiError } from '../http/CrmApiError';
import type { SalesforceConfig } from './types';

export const DEFAULT_API_VERSION = '62.0';

/**
 * The REST base path of a config's API version, relative to the instance URL (the session sends
 * `/services/…` paths to the instance). A version must look like `62.0`; a leading `v` is fine.
 *
 * @example
 * dataPath({ objectType: 'Contact' }); // '/services/data/v62.0'
 * dataPath({ objectType: 'Contact', apiVersion: 'v59.0' }); // '/services/data/v59.0'
 */
export function dataPath(config: Pick<SalesforceConfig, 'apiVersion'>): string {
	const version = String(config.apiVersion ?? DEFAULT_API_VERSION).trim().replace(/^v/i, '');
	if (!/^\d{2,3}\.0$/.test(version)) {
		throw new CrmApiError(`Salesforce API version ${JSON.stringify(config.apiVersion)} is not valid: write it like ${DEFAULT_API_VERSION}`, { code: 'BAD_REQUEST' });
	}
	return `/services/data/v${version}`;
}
