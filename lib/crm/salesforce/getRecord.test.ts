import { getRecord } from './getRecord';
import { crmErrorOf, FAST_RETRY, mockSession, useSalesforceMock } from './salesforceMock.test-helper';

const crm = useSalesforceMock();

describe('getRecord (Salesforce)', () => {
	it('reads one record with all its fields, or the ones asked for', async () => {
		const [id] = crm().seed('salesforce', 'Contact', [{ FirstName: 'Ada', LastName: 'Byron', Email: 'ada@example.com', Title: 'CTO' }]);
		const request = mockSession(crm()).request;
		const record = await getRecord({ objectType: 'Contact' }, String(id), { request, retry: FAST_RETRY });
		expect(record).toMatchObject({ Id: id, FirstName: 'Ada', Email: 'ada@example.com', Title: 'CTO', attributes: { type: 'Contact' } });
		const some = await getRecord({ objectType: 'Contact' }, ` ${String(id)} `, { request, properties: ['Email', 'Title'] });
		expect(Object.keys(some).sort()).toEqual(['Email', 'Title', 'attributes']);
		const calls = crm().journal({ path: '/sobjects/' });
		expect(calls.map((call) => call.path)).toEqual([`/services/data/v62.0/sobjects/Contact/${String(id)}`, `/services/data/v62.0/sobjects/Contact/${String(id)}`]);
		expect(calls[1].query.fields).toBe('Email,Title');
	});

	it('reports a missing record as NOT_FOUND naming the id', async () => {
		const error = await crmErrorOf(getRecord({ objectType: 'Account' }, '001000000000999AAA', { request: mockSession(crm()).request, retry: FAST_RETRY }));
		expect(error.code).toBe('NOT_FOUND');
		expect(error.status).toBe(404);
		expect(error.message).toBe('Salesforce Account 001000000000999AAA was not found (HTTP 404 Not Found: The requested resource does not exist (NOT_FOUND))');
	});

	it('refuses an id that is not a Salesforce id before calling', async () => {
		const request = mockSession(crm()).request;
		for (const id of ['', '001', '001000000000999AAA/../../query', '001000000000999AA?x=1']) {
			await expect(getRecord({ objectType: 'Account' }, id, { request })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		}
		await expect(getRecord({ objectType: 'Account' }, '001000000000999AAA', { request, properties: ['Name,Id'] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		expect(crm().journal()).toHaveLength(0);
	});

	it('retries a server error', async () => {
		const [id] = crm().seed('salesforce', 'Lead', [{ LastName: 'Lumbergh', Company: 'Initech' }]);
		crm().addFault({ match: { path: '/sobjects/', nth: [1] }, fault: { type: 'status', status: 500 } });
		expect(await getRecord({ objectType: 'Lead' }, String(id), { request: mockSession(crm()).request, retry: FAST_RETRY })).toMatchObject({ Company: 'Initech' });
	});
});
