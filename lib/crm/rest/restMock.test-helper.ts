import type { RestConfig, RestPagination } from './types';

export type MockStyle = 'cursor' | 'nexturl' | 'offset' | 'page' | 'link';

/** The connector settings that read the mock's generic REST personality in each pagination style, two records a page. */
export function mockConfig(url: string, style: MockStyle, objectType = 'contacts', pageSize = 2): RestConfig {
	const settings: Record<MockStyle, { recordsPath: string; pagination: RestPagination; query?: Record<string, string> }> = {
		cursor: { recordsPath: 'data', pagination: { style: 'cursor', cursorPath: 'next_cursor', cursorParam: 'cursor' }, query: { limit: String(pageSize) } },
		nexturl: { recordsPath: 'items', pagination: { style: 'nextUrl', nextUrlPath: 'next' }, query: { limit: String(pageSize) } },
		offset: { recordsPath: 'records', pagination: { style: 'offset', offsetParam: 'offset', limitParam: 'limit', pageSize } },
		page: { recordsPath: 'results', pagination: { style: 'page', pageParam: 'page', sizeParam: 'per_page', pageSize } },
		link: { recordsPath: '', pagination: { style: 'linkHeader' }, query: { per_page: String(pageSize) } },
	};
	return { baseUrl: `${url}/rest/${style}`, path: `/${objectType}`, idField: 'id', updatedAtField: 'updated_at', ...settings[style] };
}

export const STYLES: MockStyle[] = ['cursor', 'nexturl', 'offset', 'page', 'link'];

/** `count` contacts with ids 1… and updated_at one minute apart from 2024-01-01T00:00Z. */
export function contacts(count: number, firstId = 1): Array<Record<string, unknown>> {
	return Array.from({ length: count }, (_, index) => ({
		id: firstId + index,
		email: `c${firstId + index}@example.com`,
		first_name: `First${firstId + index}`,
		updated_at: new Date(Date.UTC(2024, 0, 1, 0, firstId + index)).toISOString(),
	}));
}
