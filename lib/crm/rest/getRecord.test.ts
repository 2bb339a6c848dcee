import { authedRequest, FAST_RETRY, restCalls, useMockCrm } from '../http/httpMock.test-helper';
import { getRecord } from './getRecord';
import { contacts, mockConfig } from './restMock.test-helper';

describe('getRecord (against the mock CRM)', () => {
	const { crm } = useMockCrm();

	beforeEach(() => {
		crm().seed('rest', 'contacts', contacts(3));
	});

	it('reads GET {path}/{id}', async () => {
		const record = await getRecord(mockConfig(crm().url, 'cursor'), '2', { request: authedRequest('header') });
		expect(record).toMatchObject({ id: 2, email: 'c2@example.com', updated_at: '2024-01-01T00:02:00.000Z' });
		const [call] = restCalls(crm());
		expect(call.path).toBe('/rest/cursor/contacts/2');
		// The list's paging query is not sent for one record, the configured query is.
		expect(call.query).toEqual({ limit: '2' });
	});

	it('keeps only the properties asked for, with the id and updated-at fields', async () => {
		expect(await getRecord(mockConfig(crm().url, 'page'), '1', { request: authedRequest(), properties: ['first_name'] })).toEqual({
			id: 1,
			updated_at: '2024-01-01T00:01:00.000Z',
			first_name: 'First1',
		});
	});

	it('unwraps a record wrapped at the records path or in a single key', async () => {
		for (const body of [{ data: { id: 5, email: 'w@x' } }, { data: [{ id: 5, email: 'w@x' }] }, { record: { id: 5, email: 'w@x' } }]) {
			crm().clearFaults();
			crm().addFault({ match: { personality: 'rest' }, fault: { type: 'status', status: 200, body } });
			expect(await getRecord(mockConfig(crm().url, 'cursor'), '5', { request: authedRequest() })).toEqual({ id: 5, email: 'w@x' });
		}
	});

	it('says when the response holds no record', async () => {
		crm().addFault({ match: { personality: 'rest' }, fault: { type: 'status', status: 200, body: { ok: true, meta: {} } } });
		await expect(getRecord(mockConfig(crm().url, 'cursor'), '5', { request: authedRequest() })).rejects.toThrow(/the response holds no record with "id" \(top-level keys: ok, meta\)/);
	});

	it('throws NOT_FOUND for an unknown id, and escapes the id', async () => {
		const failure = getRecord(mockConfig(crm().url, 'cursor'), 'a/b 9', { request: authedRequest() });
		await expect(failure).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
		expect(restCalls(crm())[0].path).toBe('/rest/cursor/contacts/a%2Fb%209');
		await expect(getRecord(mockConfig(crm().url, 'cursor'), '99', { request: authedRequest() })).rejects.toThrow(
			`REST CRM GET ${crm().url}/rest/cursor/contacts/99 failed: HTTP 404 Not Found: No contacts with id 99 (not_found)`,
		);
	});

	it('retries a 429 and a reset', async () => {
		crm().addFault({ match: { personality: 'rest', nth: 1 }, fault: { type: 'status', status: 429 } });
		crm().addFault({ match: { personality: 'rest', nth: 2 }, fault: 'reset' });
		expect(await getRecord(mockConfig(crm().url, 'cursor'), '3', { request: authedRequest(), retry: FAST_RETRY })).toMatchObject({ id: 3 });
		expect(restCalls(crm())).toHaveLength(3);
	});
});
