import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fetchRequest } from './fetchRequest';
import { authedRequest, REST_TOKEN, restCalls, useMockCrm } from './httpMock.test-helper';

describe('fetchRequest (against the mock CRM)', () => {
	const { crm } = useMockCrm();

	it('sends the query, headers and JSON body and returns status, lower-case headers and text', async () => {
		crm().seed('rest', 'contacts', [{ id: 1, email: 'a@example.com' }]);
		const response = await authedRequest('bearer')({ method: 'GET', url: `${crm().url}/rest/link/contacts`, qs: { per_page: 1, skipped: undefined } });
		expect(response.status).toBe(200);
		expect(response.headers['content-type']).toMatch(/application\/json/);
		expect(JSON.parse(response.body)).toEqual([expect.objectContaining({ id: 1, email: 'a@example.com' })]);
		const [entry] = restCalls(crm());
		expect(entry.query).toEqual({ per_page: '1' });
		expect(entry.headers.authorization).toBe(`Bearer ${REST_TOKEN}`);
	});

	it('resolves with 4xx and 5xx statuses instead of throwing', async () => {
		const response = await fetchRequest()({ method: 'GET', url: `${crm().url}/rest/cursor/contacts` });
		expect(response.status).toBe(401);
		expect(JSON.parse(response.body)).toMatchObject({ error: 'unauthorized' });
	});

	it('sends form bodies url-encoded and JSON bodies as JSON', async () => {
		const send = fetchRequest();
		await send({ method: 'POST', url: `${crm().url}/rest/cursor/contacts`, body: { a: 'x y', b: 1, c: undefined }, form: true });
		await send({ method: 'POST', url: `${crm().url}/rest/cursor/contacts`, body: { a: [1, 2] } });
		const [form, json] = restCalls(crm());
		expect(form.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(form.body).toEqual({ a: 'x y', b: '1' });
		expect(json.headers['content-type']).toBe('application/json');
		expect(json.body).toEqual({ a: [1, 2] });
	});

	it('rejects a reset with code ECONNRESET and a message without the query', async () => {
		crm().addFault({ match: { personality: 'rest' }, fault: 'reset' });
		const failure = authedRequest('query')({ method: 'GET', url: `${crm().url}/rest/cursor/contacts?api_token=pd-secret` });
		await expect(failure).rejects.toMatchObject({ code: 'ECONNRESET' });
		await failure.catch((error: Error) => {
			expect(error.message).toBe(`GET ${crm().url}/rest/cursor/contacts failed (ECONNRESET)`);
		});
	});

	it('rejects a reset in the middle of the body as well', async () => {
		crm().seed('rest', 'contacts', [{ id: 1 }, { id: 2 }]);
		crm().addFault({ match: { personality: 'rest' }, fault: 'resetMidBody' });
		await expect(authedRequest()({ method: 'GET', url: `${crm().url}/rest/cursor/contacts` })).rejects.toMatchObject({ code: 'ECONNRESET' });
	});

	it('rejects a hanging request with code ETIMEDOUT after the timeout', async () => {
		crm().addFault({ match: { personality: 'rest' }, fault: 'hang' });
		await expect(authedRequest('bearer', 100)({ method: 'GET', url: `${crm().url}/rest/cursor/contacts` })).rejects.toMatchObject({
			code: 'ETIMEDOUT',
			message: expect.stringContaining('timed out after 100 ms'),
		});
	});

	it('times out a body that trickles in too slowly, and a request timeout beats the default', async () => {
		crm().generate('rest', 'contacts', 20);
		crm().addFault({ match: { personality: 'rest' }, fault: { type: 'slowBody', chunkSize: 8, intervalMs: 50 } });
		const send = authedRequest('bearer', 60_000);
		await expect(send({ method: 'GET', url: `${crm().url}/rest/cursor/contacts`, timeoutMs: 150 })).rejects.toMatchObject({ code: 'ETIMEDOUT' });
	});

	it('rejects a refused connection with ECONNREFUSED', async () => {
		const server = createServer();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		await new Promise((resolve) => server.close(resolve));
		await expect(fetchRequest()({ method: 'GET', url: `http://127.0.0.1:${port}/x` })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
	});

	it('rejects an unusable URL without a code (not worth retrying) and without its secrets', async () => {
		const failure = fetchRequest()({ method: 'GET', url: 'http//no-scheme/x?api_key=k-secret-1' });
		await expect(failure).rejects.toThrow(/could not be sent/);
		await failure.catch((error: Error & { code?: string }) => {
			expect(error.code).toBeUndefined();
			expect(error.message).not.toContain('k-secret-1');
		});
	});
});
