import { getJson } from './getJson';
import { crmErrorOf, FAST_RETRY, mockSession, useSalesforceMock } from './salesforceMock.test-helper';

const crm = useSalesforceMock();
const limits = { method: 'GET' as const, url: '/services/data/v62.0/limits' };

describe('getJson', () => {
	it('parses the body and fetches a malformed one again', async () => {
		crm().addFault({ match: { path: '/limits$', nth: [1, 2] }, fault: 'malformedJson' });
		const retries: string[] = [];
		const body = await getJson(mockSession(crm()).request, limits, { ...FAST_RETRY, onRetry: (info) => retries.push(info.reason) });
		expect(body).toMatchObject({ DailyApiRequests: { Max: 100000 } });
		expect(retries).toEqual(['malformed JSON', 'malformed JSON']);
		expect(crm().journal({ path: '/limits$' })).toHaveLength(3);
	});

	it('throws the Salesforce error of a refused call without fetching it again', async () => {
		crm().addFault({ match: { path: '/limits$' }, fault: { type: 'status', status: 400, body: [{ message: 'bad', errorCode: 'INVALID_FIELD' }] } });
		const error = await crmErrorOf(getJson(mockSession(crm()).request, limits, FAST_RETRY, 'SELECT X FROM Y'));
		expect(error.message).toBe('Salesforce GET /services/data/v62.0/limits failed: HTTP 400 Bad Request: bad (INVALID_FIELD); query: SELECT X FROM Y');
		expect(crm().journal({ path: '/limits$' })).toHaveLength(1);
	});
});
