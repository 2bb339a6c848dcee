import type { HubSpotConfig } from './types';

export const DEFAULT_HUBSPOT_URL = 'https://api.hubapi.com';

/**
 * The URL of the object type's CRM v3 endpoint, or of a path below it (`/search`, `/{id}`).
 * The object type is URL-encoded, so a custom object's name cannot change the path.
 *
 * @example
 * objectsUrl({ objectType: 'contacts' }, '/search'); // 'https://api.hubapi.com/crm/v3/objects/contacts/search'
 * objectsUrl({ baseUrl: 'http://127.0.0.1:3000/', objectType: '2-123' }); // 'http://127.0.0.1:3000/crm/v3/objects/2-123'
 */
export function objectsUrl(config: HubSpotConfig, below = ''): string {
	const base = (config.baseUrl === undefined || config.baseUrl.trim() === '' ? DEFAULT_HUBSPOT_URL : config.baseUrl.trim()).replace(/\/+$/, '');
	if (config.objectType.trim() === '') throw new RangeError('HubSpot object type is empty');
	return `${base}/crm/v3/objects/${encodeURIComponent(config.objectType.trim())}${below}`;
}
