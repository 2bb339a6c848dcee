import { authedRequest, FAST_RETRY, REST_TOKEN, restCalls, useMockCrm } from '../http/httpMock.test-helper';
import { fetchRequest } from '../http/fetchRequest';
import { listRecords } from './listRecords';
import { contacts, mockConfig, STYLES } from './restMock.test-helper';

describe('listRecords (against the mock CRM)', () => {
	const { crm } = useMockCrm();
	const ids = (records: Array<Record<string, unknown>>) => records.map((record) => record.id);

	beforeEach(() => {
		crm().seed('rest', 'contacts', contacts(7));
	});

	const requestsPerStyle = { cursor: 4, nexturl: 4, offset: 5, page: 5, link: 4 };
	const authPerStyle = { cursor: 'bearer', nexturl: 'query', offset: 'basic', page: 'header', link: 'query' } as const;

	it.each(STYLES)('reads every page in the %s style', async (style) => {
		const records = await listRecords(mockConfig(crm().url, style), { request: authedRequest(authPerStyle[style]), retry: FAST_RETRY });
		expect(ids(records)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(records[0]).toEqual({ id: 1, email: 'c1@example.com', first_name: 'First1', created_at: expect.any(String), updated_at: '2024-01-01T00:01:00.000Z' });
		// Cursor, next-URL and Link styles stop when no next page is offered; offset and page styles on
		// the empty page, as a short page may only mean the server caps the page size.
		expect(restCalls(crm())).toHaveLength(requestsPerStyle[style]);
	});

	it('sends the paging parameters of each style', async () => {
		await listRecords(mockConfig(crm().url, 'offset'), { request: authedRequest() });
		expect(restCalls(crm()).map((call) => call.query)).toEqual([0, 2, 4, 6, 7].map((offset) => ({ offset: String(offset), limit: '2' })));
		crm().clearJournal();
		await listRecords(mockConfig(crm().url, 'page'), { request: authedRequest(), pageSize: 3 });
		expect(restCalls(crm()).map((call) => call.query)).toEqual([1, 2, 3, 4].map((page) => ({ page: String(page), per_page: '3' })));
		crm().clearJournal();
		await listRecords(mockConfig(crm().url, 'cursor'), { request: authedRequest() });
		const cursors = restCalls(crm()).map((call) => call.query.cursor);
		expect(cursors[0]).toBeUndefined();
		expect(new Set(cursors.slice(1)).size).toBe(3);
	});

	it('asks for the page size given in the options even when the settings name none', async () => {
		const config = mockConfig(crm().url, 'page');
		const records = await listRecords({ ...config, pagination: { style: 'page', pageParam: 'page', sizeParam: 'per_page' } }, { request: authedRequest(), pageSize: 4 });
		expect(records).toHaveLength(7);
		expect(restCalls(crm()).map((call) => call.query.per_page)).toEqual(['4', '4', '4']);
	});

	it('starts at firstPage for zero-based page APIs', async () => {
		const config = mockConfig(crm().url, 'page');
		const records = await listRecords({ ...config, pagination: { style: 'page', pageParam: 'page', sizeParam: 'per_page', pageSize: 2, firstPage: 2 } }, { request: authedRequest() });
		expect(ids(records)).toEqual([3, 4, 5, 6, 7]);
	});

	it('reads a short page in the offset style without losing records', async () => {
		crm().addFault({ match: { personality: 'rest', nth: 1 }, fault: { type: 'shortPage', size: 1 } });
		const records = await listRecords(mockConfig(crm().url, 'offset'), { request: authedRequest() });
		expect(ids(records)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('reads a single page with the none style', async () => {
		const config = { ...mockConfig(crm().url, 'cursor', 'contacts', 50), pagination: { style: 'none' as const } };
		expect(ids(await listRecords(config, { request: authedRequest() }))).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(restCalls(crm())).toHaveLength(1);
	});

	it('stops at the page that reaches the limit', async () => {
		const records = await listRecords(mockConfig(crm().url, 'cursor'), { request: authedRequest(), limit: 3 });
		expect(ids(records)).toEqual([1, 2, 3]);
		expect(restCalls(crm())).toHaveLength(2);
		expect(await listRecords(mockConfig(crm().url, 'cursor'), { request: authedRequest(), limit: 0 })).toEqual([]);
		expect(restCalls(crm())).toHaveLength(2);
		await expect(listRecords(mockConfig(crm().url, 'cursor'), { request: authedRequest(), limit: -1 })).rejects.toThrow(/limit/);
	});

	it('applies filters and keeps only the properties asked for', async () => {
		const records = await listRecords(mockConfig(crm().url, 'link'), {
			request: authedRequest(),
			filters: [
				{ field: 'id', operator: 'gte', value: '3' },
				{ field: 'email', operator: 'contains', value: 'C5@' },
			],
			properties: ['email'],
		});
		expect(records).toEqual([{ id: 5, updated_at: '2024-01-01T00:05:00.000Z', email: 'c5@example.com' }]);
	});

	it('retries rate limits and server errors in the middle of a read', async () => {
		crm().addFault({ match: { personality: 'rest', nth: 2 }, fault: { type: 'status', status: 429 } });
		crm().addFault({ match: { personality: 'rest', nth: 4 }, fault: { type: 'status', status: 502 } });
		crm().addFault({ match: { personality: 'rest', nth: 5 }, fault: 'reset' });
		crm().addFault({ match: { personality: 'rest', nth: 6 }, fault: 'malformedJson' });
		const records = await listRecords(mockConfig(crm().url, 'nexturl'), { request: authedRequest(), retry: FAST_RETRY });
		expect(ids(records)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(restCalls(crm()).map((call) => call.status)).toEqual([200, 429, 200, 502, 0, 200, 200, 200]);
	});

	it('surfaces a fault that persists as a clear error without the credentials', async () => {
		crm().addFault({ match: { personality: 'rest', query: { after: '.' } }, fault: { type: 'status', status: 503 } });
		const failure = listRecords(mockConfig(crm().url, 'nexturl'), { request: authedRequest('query'), retry: { ...FAST_RETRY, maxRetries: 2 } });
		await expect(failure).rejects.toMatchObject({ code: 'SERVER_ERROR', status: 503 });
		const error = (await failure.catch((caught: Error) => caught)) as Error & { url: string };
		expect(error.message).toBe(`GET ${crm().url}/rest/nexturl/contacts failed after 3 attempts: HTTP 503 Service Unavailable: HTTP 503 (server_error)`);
		expect(`${error.message} ${error.url}`).not.toContain(REST_TOKEN);
		expect(restCalls(crm())).toHaveLength(4);
	});

	it('fails with AUTH when the credential is missing', async () => {
		const failure = listRecords(mockConfig(crm().url, 'cursor'), { request: fetchRequest() });
		await expect(failure).rejects.toMatchObject({ code: 'AUTH', status: 401 });
		await expect(failure).rejects.toThrow(`REST CRM GET ${crm().url}/rest/cursor/contacts failed: HTTP 401 Unauthorized: Missing or invalid credentials (unauthorized)`);
	});

	it('names the records path and the keys found when the records are elsewhere', async () => {
		const config = { ...mockConfig(crm().url, 'cursor'), recordsPath: 'results' };
		const failure = listRecords(config, { request: authedRequest() });
		await expect(failure).rejects.toMatchObject({ code: 'UNEXPECTED' });
		await expect(failure).rejects.toThrow(`GET ${crm().url}/rest/cursor/contacts: no records array at "results" in the response (top-level keys: data, next_cursor); check the records path`);
	});

	describe('repeated pages', () => {
		it.each(['cursor', 'nexturl', 'page', 'link'] as const)('stops with REPEATED_PAGE when the %s style serves the same page again', async (style) => {
			crm().addFault({ match: { personality: 'rest', nth: 3 }, fault: 'duplicatePage' });
			const failure = listRecords(mockConfig(crm().url, style), { request: authedRequest() });
			await expect(failure).rejects.toMatchObject({ code: 'REPEATED_PAGE', retryable: false });
			await expect(failure).rejects.toThrow(/page 3 would repeat an earlier page \(its records are the same as page 2's\)/);
			expect(restCalls(crm())).toHaveLength(3);
		});

		it('detects a cursor handed out twice', async () => {
			// The mock's cursor to page 2 (after id 2); page 2 hands it out again with other records.
			const toPage2 = Buffer.from(JSON.stringify({ s: 'id', id: 2 })).toString('base64url');
			crm().addFault({ match: { personality: 'rest', nth: 2 }, fault: { type: 'status', status: 200, body: { data: [{ id: 9 }], next_cursor: toPage2 } } });
			const failure = listRecords(mockConfig(crm().url, 'cursor'), { request: authedRequest() });
			await expect(failure).rejects.toThrow(`REST CRM GET ${crm().url}/rest/cursor/contacts: page 3 would repeat an earlier page (the next cursor "${toPage2}" given by page 2 was already used for page 2)`);
			expect(restCalls(crm())).toHaveLength(2);
		});

		it('detects a next URL or Link pointing back to an earlier page', async () => {
			const first = `${crm().url}/rest/nexturl/contacts?limit=2`;
			crm().addFault({ match: { personality: 'rest', nth: 2 }, fault: { type: 'status', status: 200, body: { items: [{ id: 9 }], next: first } } });
			await expect(listRecords(mockConfig(crm().url, 'nexturl'), { request: authedRequest() })).rejects.toThrow(/page 3 would repeat an earlier page \(the next URL given by page 2 was already used for page 1\)/);
			crm().clearFaults();
			const firstLink = `${crm().url}/rest/link/contacts?per_page=2`;
			crm().addFault({ match: { personality: 'rest', path: 'link', nth: 2 }, fault: { type: 'status', status: 200, headers: { Link: `<${firstLink}>; rel="next"` }, body: [{ id: 9 }] } });
			await expect(listRecords(mockConfig(crm().url, 'link'), { request: authedRequest() })).rejects.toMatchObject({ code: 'REPEATED_PAGE' });
		});

		it('detects offset paging that the server ignores', async () => {
			const config = mockConfig(crm().url, 'offset');
			const ignored = { ...config, pagination: { style: 'offset' as const, offsetParam: 'skip', limitParam: 'limit', pageSize: 2 } };
			await expect(listRecords(ignored, { request: authedRequest() })).rejects.toThrow(/page 2 would repeat an earlier page \(its records are the same as page 1's\)/);
		});
	});
});
