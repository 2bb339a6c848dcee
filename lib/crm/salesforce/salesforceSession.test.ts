import { fetchRequest } from '../http/fetchRequest';
import { credentials, crmErrorOf, FAST_RETRY, mockSession, tokenRequests, useSalesforceMock } from './salesforceMock.test-helper';
import { salesforceSession } from './salesforceSession';

const crm = useSalesforceMock();
const limits = { method: 'GET' as const, url: '/services/data/v62.0/limits' };
const bearer = (seq: number) => String(crm().journal().find((entry) => entry.seq === seq)?.headers.authorization ?? '');

describe('salesforceSession', () => {
	it('logs in once for many calls and sends them to the instance URL with the token', async () => {
		const session = mockSession(crm());
		expect(session.logins()).toBe(0);
		for (let i = 0; i < 20; i++) expect((await session.request(limits)).status).toBe(200);
		await Promise.all(Array.from({ length: 5 }, async () => expect((await session.request(limits)).status).toBe(200)));
		expect(session.logins()).toBe(1);
		expect(tokenRequests(crm())).toBe(1);
		const calls = crm().journal({ path: '/limits$' });
		expect(calls).toHaveLength(25);
		expect(calls.every((call) => /^Bearer 00D/.test(String(call.headers.authorization)))).toBe(true);
	});

	it('replaces an Authorization header of the caller and keeps the other headers', async () => {
		const session = mockSession(crm());
		await session.request({ ...limits, headers: { authorization: 'Bearer stale', 'Sforce-Query-Options': 'batchSize=200' } });
		const [call] = crm().journal({ path: '/limits$' });
		expect(call.headers.authorization).toMatch(/^Bearer 00D/);
		expect(call.headers['sforce-query-options']).toBe('batchSize=200');
	});

	it('does not send the token to another host', async () => {
		const session = mockSession(crm());
		await session.request(limits);
		const otherHost = crm().url.replace('127.0.0.1', 'localhost');
		const response = await session.request({ method: 'GET', url: `${otherHost}/services/data/v62.0/limits` });
		expect(response.status).toBe(401);
		const calls = crm().journal({ path: '/limits$' });
		expect(calls[1].headers.authorization).toBeUndefined();
		expect(session.logins()).toBe(1);
	});

	it('logs in again once when the session expires, then carries on', async () => {
		crm().configure({ salesforce: { tokenLifetimeCalls: 3 } });
		const session = mockSession(crm());
		for (let i = 0; i < 7; i++) expect((await session.request(limits)).status).toBe(200);
		// Calls 1-3 on token 1, the 4th is refused and sent again on token 2 (calls 4-6), the 7th on token 3.
		expect(session.logins()).toBe(3);
		const statuses = crm().journal().map((entry) => `${entry.path.endsWith('token') ? 'login' : entry.status}`);
		expect(statuses).toEqual(['login', '200', '200', '200', '401', 'login', '200', '200', '200', '401', 'login', '200']);
		const calls = crm().journal({ path: '/limits$' });
		expect(calls[3].status).toBe(401);
		expect(bearer(calls[3].seq)).toBe(bearer(calls[2].seq));
		expect(bearer(calls[4].seq)).not.toBe(bearer(calls[3].seq));
	});

	it('shares one new login among calls that fail on the same expired token', async () => {
		const session = mockSession(crm());
		await session.request(limits);
		crm().expireSalesforceTokens();
		const responses = await Promise.all(Array.from({ length: 6 }, async () => await session.request(limits)));
		expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 200]);
		expect(session.logins()).toBe(2);
		expect(tokenRequests(crm())).toBe(2);
	});

	it('turns a second 401 in a row into an AUTH error, without logging in again and again', async () => {
		const session = mockSession(crm());
		crm().addFault({ match: { path: '/limits$' }, fault: { type: 'status', status: 401 } });
		const error = await crmErrorOf(session.request(limits));
		expect(error.code).toBe('AUTH');
		expect(error.crmCode).toBe('INVALID_SESSION_ID');
		expect(error.message).toBe(
			"Salesforce GET /services/data/v62.0/limits failed: HTTP 401 Unauthorized: Session expired or invalid (INVALID_SESSION_ID), also after logging in again: check that the connected app's user may use the API and that the token is not revoked",
		);
		expect(error.message).not.toMatch(/00D000000000001!/);
		expect(session.logins()).toBe(2);
		expect(crm().journal({ path: '/limits$' })).toHaveLength(2);
	});

	it('does not log in again for 403 REQUEST_LIMIT_EXCEEDED', async () => {
		crm().configure({ salesforce: { dailyLimit: 2 } });
		const session = mockSession(crm());
		expect((await session.request(limits)).status).toBe(200);
		expect((await session.request(limits)).status).toBe(200);
		const refused = await session.request(limits);
		expect(refused.status).toBe(403);
		expect(refused.body).toContain('REQUEST_LIMIT_EXCEEDED');
		expect(session.logins()).toBe(1);
	});

	it('tries to log in again on the next call after a failed login', async () => {
		crm().addFault({ match: { path: 'oauth2/token', times: 1 }, fault: { type: 'status', status: 400, body: { error: 'invalid_grant', error_description: 'login rate exceeded' } } });
		const session = salesforceSession(fetchRequest({ timeoutMs: 5000 }), credentials(crm()), { retry: FAST_RETRY });
		await expect(session.request(limits)).rejects.toMatchObject({ code: 'AUTH', message: expect.stringContaining('login rate exceeded') });
		expect((await session.request(limits)).status).toBe(200);
		expect(session.logins()).toBe(2);
	});
});
