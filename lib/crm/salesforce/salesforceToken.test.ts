import { fetchRequest } from '../http/fetchRequest';
import { CLIENT_SECRET, credentials, crmErrorOf, FAST_RETRY, REFRESH_TOKEN, tokenRequests, useSalesforceMock } from './salesforceMock.test-helper';
import { salesforceToken } from './salesforceToken';

const crm = useSalesforceMock();
const request = () => fetchRequest({ timeoutMs: 5000 });


describe('salesforceToken', () => {
	it('logs in with client credentials and takes the instance URL from the response', async () => {
		const token = await salesforceToken(request(), credentials(crm()), FAST_RETRY);
		expect(token.accessToken).toMatch(/^00D/);
		expect(token.instanceUrl).toBe(crm().url);
		const [call] = crm().journal({ path: '^/services/oauth2/token$' });
		expect(call.method).toBe('POST');
		expect(String(call.headers['content-type'])).toContain('application/x-www-form-urlencoded');
		expect(call.body).toEqual({ grant_type: 'client_credentials', client_id: 'sf-client-id', client_secret: CLIENT_SECRET });
	});

	it('logs in with a refresh token, also from a login URL with a trailing slash', async () => {
		const token = await salesforceToken(request(), credentials(crm(), { loginUrl: `${crm().url}/`, grant: 'refreshToken', refreshToken: REFRESH_TOKEN }));
		expect(token.instanceUrl).toBe(crm().url);
		expect(crm().journal({ path: 'oauth2/token' })[0].body).toMatchObject({ grant_type: 'refresh_token', refresh_token: REFRESH_TOKEN });
	});

	it('refuses a bad secret with an AUTH error naming the OAuth error but not the secret', async () => {
		const wrong = 'not-the-mock-value-123';
		const error = await crmErrorOf(salesforceToken(request(), credentials(crm(), { clientSecret: wrong }), FAST_RETRY));
		expect(error.code).toBe('AUTH');
		expect(error.status).toBe(400);
		expect(error.retryable).toBe(false);
		expect(error.message).toBe(`Salesforce login (POST ${crm().url}/services/oauth2/token) for client id sf-client-id was refused: invalid_client: invalid client credentials`);
		expect(error.message).not.toContain(wrong);
		expect(JSON.stringify(error)).not.toContain(wrong);
		expect(tokenRequests(crm())).toBe(1);
	});

	it('refuses an expired refresh token without showing it', async () => {
		const stale = 'stale-value-456';
		const error = await crmErrorOf(salesforceToken(request(), credentials(crm(), { grant: 'refreshToken', refreshToken: stale })));
		expect(error.code).toBe('AUTH');
		expect(error.message).toContain('invalid_grant: expired access/refresh token');
		expect(error.message).not.toContain(stale);
		expect(error.message).not.toContain(CLIENT_SECRET);
	});

	it('reports the login rate limit as an AUTH error', async () => {
		crm().configure({ salesforce: { loginLimitPerHour: 1 } });
		await salesforceToken(request(), credentials(crm()));
		const error = await crmErrorOf(salesforceToken(request(), credentials(crm())));
		expect(error.code).toBe('AUTH');
		expect(error.message).toContain('invalid_grant: login rate exceeded');
	});

	it('never shows a secret the login server echoes back', async () => {
		crm().addFault({ match: { path: 'oauth2/token' }, fault: { type: 'status', status: 400, body: { error: 'invalid_client', error_description: `bad secret ${CLIENT_SECRET}` } } });
		const error = await crmErrorOf(salesforceToken(request(), credentials(crm())));
		expect(error.message).toContain('invalid_client: bad secret ***');
		expect(error.message).not.toContain(CLIENT_SECRET);
		crm().clearFaults();
		crm().addFault({ match: { path: 'oauth2/token' }, fault: { type: 'status', status: 403, body: `<html><title>Denied ${CLIENT_SECRET}</title></html>`, contentType: 'text/html' } });
		const other = await crmErrorOf(salesforceToken(request(), credentials(crm())));
		expect(other.code).toBe('AUTH');
		expect(other.message).not.toContain(CLIENT_SECRET);
	});

	it('retries 5xx and connection resets of the token endpoint', async () => {
		crm().addFault({ match: { path: 'oauth2/token', nth: [1] }, fault: { type: 'status', status: 503 } });
		crm().addFault({ match: { path: 'oauth2/token', nth: [2] }, fault: 'reset' });
		const token = await salesforceToken(request(), credentials(crm()), FAST_RETRY);
		expect(token.instanceUrl).toBe(crm().url);
		expect(tokenRequests(crm())).toBe(3);
	});

	it('refuses an answer without a token or instance URL', async () => {
		crm().addFault({ match: { path: 'oauth2/token' }, fault: { type: 'status', status: 200, body: { access_token: 'x' } } });
		const error = await crmErrorOf(salesforceToken(request(), credentials(crm())));
		expect(error.code).toBe('UNEXPECTED');
		expect(error.message).toContain('without an access_token and an http(s) instance_url');
	});

	it('checks the credentials before calling', async () => {
		for (const bad of [{ grant: 'refreshToken' as const }, { clientSecret: '' }, { loginUrl: 'login.salesforce.com' }, { grant: 'password' as never }]) {
			const error = await crmErrorOf(salesforceToken(request(), credentials(crm(), bad)));
			expect(error.code).toBe('AUTH');
		}
		expect(tokenRequests(crm())).toBe(0);
	});
});
