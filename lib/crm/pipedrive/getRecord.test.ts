import { getRecord } from './getRecord';
import { FAST_RETRY, persons, pipedriveRequest, useMockCrm } from './pipedriveMock.test-helper';

const crm = useMockCrm();
const options = () => ({ request: pipedriveRequest(), retry: FAST_RETRY });

describe('getRecord (Pipedrive)', () => {
	it('reads one record through API v2, or v1 when configured', async () => {
		crm().seed('pipedrive', 'persons', persons(3, 1, ['2024-02-01T00:00:00Z']));
		expect(await getRecord({ baseUrl: crm().url, objectType: 'persons' }, '2', options())).toMatchObject({ id: 2, emails: [{ value: 'p2@example.com' }] });
		expect(await getRecord({ baseUrl: crm().url, objectType: 'persons', apiVersion: 'v1' }, '2', options())).toMatchObject({ id: 2, email: [{ value: 'p2@example.com' }] });
		expect(crm().journal().map((call) => call.path)).toEqual(['/api/v2/persons/2', '/api/v1/persons/2']);
	});

	it('keeps only the properties asked for', async () => {
		crm().seed('pipedrive', 'deals', [{ id: 5, title: 'Big', value: 10, update_time: '2024-02-01T00:00:00Z' }]);
		expect(await getRecord({ baseUrl: crm().url, objectType: 'deals' }, '5', { ...options(), properties: ['title'] })).toEqual({ id: 5, update_time: '2024-02-01T00:00:00Z', title: 'Big' });
	});

	it('reports a missing record as NOT_FOUND naming its id', async () => {
		const error = await getRecord({ baseUrl: crm().url, objectType: 'persons' }, '404', options()).catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404 });
		expect((error as Error).message).toMatch(/^Pipedrive persons record 404 was not found \(.*Person not found/);
		expect((error as Error).message).not.toContain('pd-test-token');
	});

	it('reports success with data: null as NOT_FOUND', async () => {
		crm().addFault({ match: { path: '/persons/7$' }, fault: { type: 'status', status: 200, body: { success: true, data: null } } });
		await expect(getRecord({ baseUrl: crm().url, objectType: 'persons' }, '7', options())).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});
});
