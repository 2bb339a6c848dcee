import type { Row } from '../../core/record';
import { queryPages } from './queryPages';
import { crmErrorOf, FAST_RETRY, mockSession, useSalesforceMock } from './salesforceMock.test-helper';

const crm = useSalesforceMock();
const path = '/services/data/v62.0';

async function collect(soql: string, pageSize?: number): Promise<Row[][]> {
	const pages: Row[][] = [];
	for await (const page of queryPages(path, soql, { request: mockSession(crm()).request, retry: FAST_RETRY, pageSize })) pages.push(page);
	return pages;
}

describe('queryPages', () => {
	it('yields each page until done, clamping the page size to 200–2000', async () => {
		crm().generate('salesforce', 'Contact', 450);
		expect((await collect('SELECT Id FROM Contact', 10)).map((page) => page.length)).toEqual([200, 200, 50]);
		expect(crm().journal({ path: '/query$' })[0].headers['sforce-query-options']).toBe('batchSize=200');
		crm().clearJournal();
		expect((await collect('SELECT Id FROM Contact')).map((page) => page.length)).toEqual([450]);
		expect(crm().journal({ path: '/query$' })[0].headers['sforce-query-options']).toBeUndefined();
		await expect(collect('SELECT Id FROM Contact', 0)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
	});

	it('yields an empty page for a query without results', async () => {
		expect(await collect('SELECT Id FROM Contact')).toEqual([[]]);
	});

	it('reports MALFORMED_QUERY as BAD_REQUEST with Salesforce\'s message and the query', async () => {
		const error = await crmErrorOf(collect('SELECT Id FORM Contact'));
		expect(error.code).toBe('BAD_REQUEST');
		expect(error.crmCode).toBe('MALFORMED_QUERY');
		expect(error.message).toContain("unexpected token: 'FORM', expected FROM (MALFORMED_QUERY); query: SELECT Id FORM Contact");
		expect(crm().journal({ path: '/query' })).toHaveLength(1);
	});

	it('refuses a page that says it is not done but has no next link', async () => {
		crm().addFault({ match: { path: '/query$' }, fault: { type: 'status', status: 200, body: { totalSize: 5, done: false, records: [] } } });
		await expect(collect('SELECT Id FROM Contact')).rejects.toMatchObject({ code: 'UNEXPECTED', message: expect.stringContaining('done: false without a nextRecordsUrl') });
	});

	it('refuses an answer without records', async () => {
		crm().addFault({ match: { path: '/query$' }, fault: { type: 'status', status: 200, body: { totalSize: 5, done: true } } });
		await expect(collect('SELECT Id FROM Contact')).rejects.toMatchObject({ code: 'UNEXPECTED', message: expect.stringContaining('without a records list') });
	});

	it('stops when a next link comes back a second time', async () => {
		const next = `${path}/query/01gXXXXXXXXXXXXXXX-200`;
		crm().addFault({ match: { path: '/query' }, fault: { type: 'status', status: 200, body: { totalSize: 999, done: false, nextRecordsUrl: next, records: [] } } });
		await expect(collect('SELECT Id FROM Contact')).rejects.toMatchObject({ code: 'REPEATED_PAGE', message: expect.stringContaining(`gave the next-records link ${next} a second time`) });
		expect(crm().journal({ path: '/query' })).toHaveLength(2);
	});
});
