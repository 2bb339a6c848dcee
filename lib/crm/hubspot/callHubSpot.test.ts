import { callHubSpot } from './callHubSpot';
import { FAST_RETRY, hubspotRequest, useMockCrm } from './hubspotMock.test-helper';

const crm = useMockCrm();
const call = async () => await callHubSpot({ request: hubspotRequest(), retry: FAST_RETRY }, { method: 'GET', url: `${crm().url}/crm/v3/objects/contacts`, qs: { limit: 1 } });

describe('callHubSpot', () => {
	it('returns the JSON object body of a 2xx response', async () => {
		crm().seed('hubspot', 'contacts', [{ id: '1', properties: { email: 'a@example.com' } }]);
		expect(await call()).toMatchObject({ results: [{ id: '1', properties: { email: 'a@example.com' } }] });
	});

	it("throws HubSpot's error for a non-2xx response", async () => {
		const body = { status: 'error', message: 'This app hasn’t been granted all required scopes', category: 'MISSING_SCOPES' };
		crm().addFault({ match: { path: 'contacts$' }, fault: { type: 'status', status: 403, body } });
		const error = await call().catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'AUTH', status: 403, crmCode: 'MISSING_SCOPES' });
		expect((error as Error).message).toMatch(/^HubSpot GET http:\/\/127\.0\.0\.1:\d+\/crm\/v3\/objects\/contacts failed: HTTP 403 Forbidden: This app/);
	});

	it('refuses JSON that is not an object', async () => {
		crm().addFault({ match: { path: 'contacts$' }, fault: { type: 'malformedJson', body: '[1]' } });
		await expect(call()).rejects.toThrow(/returned a list where an object was expected/);
	});
});
