import { getRecord } from './getRecord';
import { contacts, FAST_RETRY, hubspotRequest, useMockCrm } from './hubspotMock.test-helper';

const crm = useMockCrm();
const options = () => ({ request: hubspotRequest(), retry: FAST_RETRY });

describe('getRecord (HubSpot)', () => {
	it('reads one record with the properties asked for', async () => {
		crm().seed('hubspot', 'contacts', contacts(3, 1, ['2024-02-01T00:00:00.000Z']));
		const record = await getRecord({ baseUrl: crm().url, objectType: 'contacts' }, '2', { ...options(), properties: ['email', 'phone'] });
		expect(record).toMatchObject({ id: '2', properties: { email: 'c2@example.com', phone: '+15550002' }, updatedAt: '2024-02-01T00:00:00.000Z' });
		const [call] = crm().journal({ path: '/contacts/2$' });
		expect(call.query.properties).toBe('email,phone');
	});

	it('reads other object types', async () => {
		crm().seed('hubspot', 'companies', [{ id: '9', properties: { name: 'Acme', domain: 'acme.test' } }]);
		const record = await getRecord({ baseUrl: crm().url, objectType: 'companies' }, '9', options());
		expect(record).toMatchObject({ id: '9', properties: { name: 'Acme', domain: 'acme.test' } });
	});

	it('reports a missing record as NOT_FOUND naming its id', async () => {
		const error = await getRecord({ baseUrl: crm().url, objectType: 'contacts' }, '404404', options()).catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404 });
		expect((error as Error).message).toMatch(/^HubSpot contacts record 404404 was not found \(.*Object not found/);
	});

	it('refuses an empty id before calling HubSpot', async () => {
		await expect(getRecord({ baseUrl: crm().url, objectType: 'contacts' }, ' ', options())).rejects.toThrow('needs a record id');
		expect(crm().journal()).toHaveLength(0);
	});
});
