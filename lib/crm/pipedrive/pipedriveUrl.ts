import type { PipedriveConfig } from './types';

export const DEFAULT_PIPEDRIVE_URL = 'https://api.pipedrive.com';

/**
 * The objects that have API v2 lists (cursor pages, `updated_since`, `sort_by=update_time`).
 * Other objects are read through API v1 (`start`/`limit` pages).
 */
export const V2_OBJECTS: ReadonlySet<string> = new Set(['persons', 'organizations', 'deals', 'activities', 'products']);

/**
 * The API version the connector uses for an object: the one configured, else v2 where the object
 * has a v2 list and v1 otherwise.
 *
 * @example
 * apiVersionOf({ objectType: 'deals' }); // 'v2'
 * apiVersionOf({ objectType: 'leads' }); // 'v1'
 */
export function apiVersionOf(config: PipedriveConfig): 'v1' | 'v2' {
	return config.apiVersion ?? (V2_OBJECTS.has(config.objectType.trim()) ? 'v2' : 'v1');
}

/**
 * The URL of the object type's list in its API version (`apiVersionOf`), or of one record below it.
 * The object type and id are URL-encoded, so neither can change the path.
 *
 * @example
 * pipedriveUrl({ objectType: 'persons' }); // 'https://api.pipedrive.com/api/v2/persons'
 * pipedriveUrl({ baseUrl: 'https://acme.pipedrive.com/', objectType: 'leads' }, '7'); // 'https://acme.pipedrive.com/api/v1/leads/7'
 */
export function pipedriveUrl(config: PipedriveConfig, id?: string): string {
	const base = (config.baseUrl === undefined || config.baseUrl.trim() === '' ? DEFAULT_PIPEDRIVE_URL : config.baseUrl.trim()).replace(/\/+$/, '');
	const type = config.objectType.trim();
	if (type === '') throw new RangeError('Pipedrive object type is empty');
	const version = apiVersionOf(config);
	return `${base}/api/${version}/${encodeURIComponent(type)}${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;
}
