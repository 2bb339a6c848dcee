import type { CrmRequest, RequestFn } from '../types';
import { CrmApiError } from './CrmApiError';
import { authedRequest, FAST_RETRY, REST_TOKEN, restCalls, useMockCrm } from './httpMock.test-helper';
import { parseJson } from './parseJson';
import type { RetryPolicy } from './retryPolicy';
import { sendRequest } from './sendRequest';

type RetryInfo = { attempt: number; delayMs: number; reason: string };

describe('sendRequest (against the mock CRM)', () => {
	const { crm } = useMockCrm();
	const list = (): CrmRequest => ({ method: 'GET', url: `${crm().url}/rest/cursor/contacts`, qs: { limit: 2 } });
	const fault = (spec: Parameters<ReturnType<typeof crm>['addFault']>[0]['fault'], times?: number) =>
		crm().addFault({ match: { personality: 'rest', ...(times === undefined ? {} : { times }) }, fault: spec });
	function recording(extra: Partial<RetryPolicy> = {}): { policy: Partial<RetryPolicy>; retries: RetryInfo[] } {
		const retries: RetryInfo[] = [];
		return { policy: { ...FAST_RETRY, ...extra, onRetry: (info) => retries.push(info) }, retries };
	}
	async function failure(promise: Promise<unknown>): Promise<CrmApiError> {
		try {
			await promise;
		} catch (error) {
			expect(error).toBeInstanceOf(CrmApiError);
			return error as CrmApiError;
		}
		throw new Error('expected the call to fail');
	}

	beforeEach(() => {
		crm().seed('rest', 'contacts', [{ id: 1 }, { id: 2 }, { id: 3 }]);
	});

	it('returns a 2xx response at once', async () => {
		const response = await sendRequest(authedRequest(), list(), FAST_RETRY);
		expect(response.status).toBe(200);
		expect(restCalls(crm())).toHaveLength(1);
	});

	it('waits the Retry-After seconds of a 429, then succeeds', async () => {
		fault({ type: 'status', status: 429, retryAfter: 1 }, 1);
		const { policy, retries } = recording();
		const response = await sendRequest(authedRequest(), list(), policy);
		expect(response.status).toBe(200);
		const [first, second] = restCalls(crm());
		expect([first.status, second.status]).toEqual([429, 200]);
		expect(second.at - first.at).toBeGreaterThanOrEqual(1000);
		expect(retries).toEqual([{ attempt: 1, delayMs: 1000, reason: expect.stringMatching(/^HTTP 429 Too Many Requests: Too many requests/) }]);
	});

	it('waits until the HTTP-date of a Retry-After', async () => {
		fault({ type: 'status', status: 429, retryAfterDate: 1 }, 1);
		const { policy, retries } = recording();
		await sendRequest(authedRequest(), list(), policy);
		const [first, second] = restCalls(crm());
		// The mock rounds the date up to the next whole second, at least 1 s after the first request.
		expect(second.at - first.at).toBeGreaterThanOrEqual(1000);
		expect(retries[0].delayMs).toBeGreaterThan(0);
		expect(retries[0].delayMs).toBeLessThanOrEqual(2000);
	});

	it('honours Retry-After on 503 too', async () => {
		fault({ type: 'status', status: 503, retryAfter: 1 }, 1);
		const { policy, retries } = recording();
		expect((await sendRequest(authedRequest(), list(), policy)).status).toBe(200);
		const [first, second] = restCalls(crm());
		expect(second.at - first.at).toBeGreaterThanOrEqual(1000);
		expect(retries[0].delayMs).toBe(1000);
	});

	it('clamps a long Retry-After to maxRetryAfterMs', async () => {
		fault({ type: 'status', status: 429, retryAfter: 3600 }, 1);
		const { policy, retries } = recording({ maxRetryAfterMs: 20 });
		expect((await sendRequest(authedRequest(), list(), policy)).status).toBe(200);
		expect(retries[0].delayMs).toBe(20);
	});

	it('backs off with capped full jitter when a 429 has no Retry-After', async () => {
		fault({ type: 'status', status: 429 }, 4);
		const { policy, retries } = recording({ baseDelayMs: 8, maxDelayMs: 40, random: () => 0.75 });
		expect((await sendRequest(authedRequest(), list(), policy)).status).toBe(200);
		// U(0, min(40, 8·2^n)) with the random value 0.75: 6, 12, 24, then capped at 40 → 30.
		expect(retries.map((r) => r.delayMs)).toEqual([6, 12, 24, 30]);
		expect(restCalls(crm()).map((e) => e.status)).toEqual([429, 429, 429, 429, 200]);
	});

	it('waits the backoff it computed (journal gaps)', async () => {
		fault({ type: 'status', status: 500 }, 2);
		const { policy } = recording({ baseDelayMs: 40, maxDelayMs: 40, random: () => 0.99 });
		await sendRequest(authedRequest(), list(), policy);
		const calls = restCalls(crm());
		expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(39);
		expect(calls[2].at - calls[1].at).toBeGreaterThanOrEqual(39);
	});

	it.each([500, 502, 503, 504])('retries HTTP %i and then succeeds', async (status) => {
		fault({ type: 'status', status }, 2);
		const response = await sendRequest(authedRequest(), list(), FAST_RETRY);
		expect(response.status).toBe(200);
		expect(restCalls(crm()).map((e) => e.status)).toEqual([status, status, 200]);
	});

	it('retries at most maxRetries times, then throws the last failure', async () => {
		fault({ type: 'status', status: 502 });
		const error = await failure(sendRequest(authedRequest(), list(), { ...FAST_RETRY, maxRetries: 3 }));
		expect(restCalls(crm())).toHaveLength(4);
		expect(error).toMatchObject({ code: 'SERVER_ERROR', status: 502, retryable: true });
		expect(error.message).toBe(`GET ${crm().url}/rest/cursor/contacts failed after 4 attempts: HTTP 502 Bad Gateway: HTML page "502 Bad Gateway"`);
	});

	it('gives up on a rate limit with RATE_LIMITED, after exactly maxRetries + 1 attempts', async () => {
		fault({ type: 'status', status: 429 });
		const error = await failure(sendRequest(authedRequest(), list(), { ...FAST_RETRY, maxRetries: 5 }));
		expect(restCalls(crm())).toHaveLength(6);
		expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
	});

	it('with maxRetries 0 tries once', async () => {
		fault({ type: 'status', status: 503 });
		const error = await failure(sendRequest(authedRequest(), list(), { ...FAST_RETRY, maxRetries: 0 }));
		expect(restCalls(crm())).toHaveLength(1);
		expect(error.message).toMatch(/failed after 1 attempt: HTTP 503/);
	});

	it('retries connection resets, before and in the middle of the body', async () => {
		fault('reset', 1);
		crm().addFault({ match: { personality: 'rest', nth: 2 }, fault: 'resetMidBody' });
		const { policy, retries } = recording();
		expect((await sendRequest(authedRequest(), list(), policy)).status).toBe(200);
		expect(retries.map((r) => r.reason)).toEqual(['network error (ECONNRESET)', 'network error (ECONNRESET)']);
		expect(restCalls(crm())).toHaveLength(3);
	});

	it('surfaces repeated resets as NETWORK', async () => {
		fault('reset');
		const error = await failure(sendRequest(authedRequest(), list(), { ...FAST_RETRY, maxRetries: 2 }));
		expect(error).toMatchObject({ code: 'NETWORK', retryable: true, status: undefined });
		expect(error.message).toMatch(/failed after 3 attempts: network error \(ECONNRESET\)$/);
		expect(restCalls(crm())).toHaveLength(3);
	});

	it('times out a hanging request, retries it, and surfaces TIMEOUT when it keeps hanging', async () => {
		fault('hang', 1);
		expect((await sendRequest(authedRequest('bearer', 100), list(), FAST_RETRY)).status).toBe(200);
		crm().clearFaults();
		crm().clearJournal();
		fault('hang');
		const error = await failure(sendRequest(authedRequest('bearer', 100), list(), { ...FAST_RETRY, maxRetries: 2 }));
		expect(error).toMatchObject({ code: 'TIMEOUT', retryable: true });
		expect(error.message).toMatch(/failed after 3 attempts: timed out \(ETIMEDOUT\)$/);
		expect(restCalls(crm())).toHaveLength(3);
	});

	it.each([400, 401, 403, 404])('returns HTTP %i without retrying, for the connector to judge', async (status) => {
		fault({ type: 'status', status });
		const response = await sendRequest(authedRequest(), list(), FAST_RETRY);
		expect(response.status).toBe(status);
		expect(restCalls(crm())).toHaveLength(1);
	});

	it('returns a 200 with malformed JSON for parseJson to report clearly', async () => {
		fault('malformedJson');
		const req = list();
		const response = await sendRequest(authedRequest(), req, FAST_RETRY);
		expect(response.status).toBe(200);
		expect(() => parseJson(response, `GET ${req.url}`)).toThrow(expect.objectContaining({ code: 'MALFORMED_JSON' }));
		expect(() => parseJson(response, `GET ${req.url}`)).toThrow(/returned malformed JSON \(HTTP 200, .*\): "\{"data":\[/);
	});

	it('does not retry a request function that fails without an error code', async () => {
		let calls = 0;
		const broken: RequestFn = async () => {
			calls++;
			throw new TypeError('cannot read x');
		};
		const error = await failure(sendRequest(broken, list(), FAST_RETRY));
		expect(calls).toBe(1);
		expect(error).toMatchObject({ code: 'UNEXPECTED', retryable: false });
		expect(error.message).toBe(`GET ${crm().url}/rest/cursor/contacts failed: cannot read x`);
	});

	it('passes a CrmApiError from the request function through', async () => {
		const own = new CrmApiError('login failed', { code: 'AUTH' });
		await expect(sendRequest(async () => await Promise.reject(own), list(), FAST_RETRY)).rejects.toBe(own);
	});

	describe('never puts a secret into an error message', () => {
		const leakCanary = 'pd-api-token-1234567';
		const ways = ['bearer', 'header', 'basic', 'query'] as const;
		const faults = [{ type: 'status', status: 429 }, { type: 'status', status: 500 }, { type: 'status', status: 502 }, 'reset', 'hang'] as const;

		it.each(ways.flatMap((way) => faults.map((spec) => [way, JSON.stringify(spec)])))('auth %s, fault %s', async (way, spec) => {
			fault(JSON.parse(spec));
			const req: CrmRequest = { ...list(), url: `${crm().url}/rest/cursor/contacts?api_token=${leakCanary}`, qs: { limit: 2, api_key: leakCanary, access_token: leakCanary } };
			const messages: string[] = [];
			const error = await failure(sendRequest(authedRequest(way, 80), req, { ...FAST_RETRY, maxRetries: 1, onRetry: (info) => messages.push(info.reason) }));
			messages.push(error.message, error.url ?? '', String(error.stack));
			for (const text of messages) {
				expect(text).not.toContain(leakCanary);
				expect(text).not.toContain(REST_TOKEN);
			}
			expect(error.url).toContain('api_token=***');
		});

		it('scrubs credentials echoed in a request function error', async () => {
			const leaky: RequestFn = async (request) => {
				throw new Error(`boom for ${String(request.headers?.Authorization)} at ${request.url}?api_key=${String(request.qs?.api_key)}`);
			};
			const req: CrmRequest = { ...list(), headers: { Authorization: `Bearer ${leakCanary}` }, qs: { api_key: REST_TOKEN } };
			const error = await failure(sendRequest(leaky, req, FAST_RETRY));
			expect(error.message).not.toContain(leakCanary);
			expect(error.message).not.toContain(REST_TOKEN);
			expect(error.message).toContain('boom for ***');
		});
	});
});
