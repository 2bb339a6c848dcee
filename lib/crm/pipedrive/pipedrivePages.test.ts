import type { Row } from '../../core/record';
import { FAST_RETRY, persons, pipedriveRequest, useMockCrm } from './pipedriveMock.test-helper';
import { pipedrivePages } from './pipedrivePages';

const crm = useMockCrm();

async function read(apiVersion: 'v1' | 'v2', pageSize: number): Promise<Row[][]> {
	const pages: Row[][] = [];
	for await (const page of pipedrivePages({ baseUrl: crm().url, objectType: 'persons', apiVersion }, { request: pipedriveRequest(), retry: FAST_RETRY, pageSize })) pages.push(page);
	return pages;
}

describe('pipedrivePages', () => {
	it('follows short pages while the server says there are more', async () => {
		crm().seed('pipedrive', 'persons', persons(10, 1, ['2024-02-01T00:00:00Z']));
		crm().addFault({ match: { path: 'persons$', nth: 1 }, fault: { type: 'shortPage', size: 2 } });
		crm().addFault({ match: { path: 'persons$', nth: 4 }, fault: { type: 'shortPage', size: 2 } });
		expect((await read('v2', 4)).map((page) => page.length)).toEqual([2, 4, 4]);
		expect((await read('v1', 4)).map((page) => page.length)).toEqual([2, 4, 4]);
	});

	it('passes the extra query parameters', async () => {
		for await (const page of pipedrivePages({ baseUrl: crm().url, objectType: 'deals' }, { request: pipedriveRequest(), query: { sort_by: 'update_time' } })) expect(page).toEqual([]);
		expect(crm().journal()[0].query).toMatchObject({ sort_by: 'update_time', limit: '500' });
	});
});
