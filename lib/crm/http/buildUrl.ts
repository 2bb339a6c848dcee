import type { CrmRequest } from '../types';

/**
 * The absolute URL of a request: `url` with `qs` appended (undefined values left out, existing
 * query parameters of `url` kept, as `nextRecordsUrl`-style links already carry some).
 *
 * @example
 * buildUrl({ method: 'GET', url: 'https://api.example.com/c?x=1', qs: { limit: 10, after: undefined } });
 * // 'https://api.example.com/c?x=1&limit=10'
 */
export function buildUrl(request: Pick<CrmRequest, 'url' | 'qs'>): string {
	const entries = Object.entries(request.qs ?? {}).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined);
	if (entries.length === 0) return request.url;
	const query = new URLSearchParams(entries.map(([name, value]): [string, string] => [name, String(value)])).toString();
	const hashAt = request.url.indexOf('#');
	const base = hashAt === -1 ? request.url : request.url.slice(0, hashAt);
	const separator = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
	return `${base}${separator}${query}`;
}
