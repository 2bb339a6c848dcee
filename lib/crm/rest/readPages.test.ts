import { authedRequest, restCalls, useMockCrm } from '../http/httpMock.test-helper';
import { readPages } from './readPages';
import { contacts, mockConfig } from './restMock.test-helper';

describe('readPages (against the mock CRM)', () => {
	const { crm } = useMockCrm();

	it('yields numbered pages and adds the extra query to every request', async () => {
		crm().seed('rest', 'contacts', contacts(5));
		const pages: Array<[number, unknown[]]> = [];
		for await (const page of readPages(mockConfig(crm().url, 'cursor'), { request: authedRequest(), query: { sort: 'updated_at' } })) {
			pages.push([page.number, page.records.map((record) => record.id)]);
		}
		expect(pages).toEqual([
			[1, [1, 2]],
			[2, [3, 4]],
			[3, [5]],
		]);
		expect(restCalls(crm()).map((call) => call.query.sort)).toEqual(['updated_at', 'updated_at', 'updated_at']);
	});

	it('sends no further request when the reader stops early', async () => {
		crm().seed('rest', 'contacts', contacts(5));
		for await (const page of readPages(mockConfig(crm().url, 'page'), { request: authedRequest() })) {
			if (page.number === 2) break;
		}
		expect(restCalls(crm())).toHaveLength(2);
	});

	it('reads an empty list as one empty page', async () => {
		const pages = [];
		for await (const page of readPages(mockConfig(crm().url, 'link'), { request: authedRequest() })) pages.push(page);
		expect(pages).toEqual([{ number: 1, records: [] }]);
	});
});
