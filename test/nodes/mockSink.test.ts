/**
 * The sink mock (test/mock-sink) over real HTTP with Node's fetch: one-record and batch writes in
 * JSON, NDJSON and form bodies, the ledger of effects, replay by idempotency key (also after a
 * reset that follows the effect), partial batch failure, signed webhooks, the fault modes and
 * the /__sink/ control endpoints. Other tests rely on these behaviours to prove "each record
 * exactly once in effect", so they are pinned here.
 */
import { auditLedger, connectMockSink, signatureHeaders, startMockSink } from '../mock-sink';
import type { MockSink } from '../mock-sink';

const TOKEN = 'sink-test-token';
const SECRET = 'sink-test-secret';
const AUTH = { authorization: `Bearer ${TOKEN}` };

interface RecordError {
	code: string;
	message: string;
	status?: number;
}

/** The sink's JSON answers, all shapes in one (a test reads the fields its endpoint returns). */
interface SinkBody {
	id?: string;
	key?: string | null;
	status?: string;
	record?: Record<string, unknown>;
	error?: RecordError;
	results?: Array<{ index: number; key: string | null; id?: string; status?: string; replayed?: boolean; error?: RecordError }>;
	message?: string;
}

interface Reply {
	status: number;
	headers: Headers;
	text: string;
	/** undefined when the body is not JSON. */
	json: SinkBody;
}

async function call(sink: MockSink, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
	const isText = typeof body === 'string';
	const response = await fetch(sink.url + path, {
		method,
		headers: { ...AUTH, ...(body !== undefined && !isText ? { 'content-type': 'application/json' } : {}), ...headers },
		body: body === undefined ? undefined : isText ? body : JSON.stringify(body),
	});
	const text = await response.text();
	let json: SinkBody;
	try {
		json = JSON.parse(text) as SinkBody;
	} catch {
		json = undefined as unknown as SinkBody;
	}
	return { status: response.status, headers: response.headers, text, json };
}

const post = (sink: MockSink, path: string, body?: unknown, headers?: Record<string, string>) => call(sink, 'POST', path, body, headers);

/** The error a fetch rejects with when the sink drops the connection. */
async function networkError(promise: Promise<unknown>): Promise<{ message: string; cause?: { code?: string } }> {
	try {
		await promise;
	} catch (error) {
		return error as { message: string; cause?: { code?: string } };
	}
	throw new Error('the request was expected to fail at the network level');
}

describe('sink mock', () => {
	let sink: MockSink;

	beforeAll(async () => {
		sink = await startMockSink({ token: TOKEN, signingSecret: SECRET });
	});
	afterAll(async () => sink.close());
	beforeEach(() => sink.reset());

	describe('one record per request', () => {
		it('creates, updates and leaves unchanged, keyed by the URL key, the id or the email', async () => {
			const created = await post(sink, '/api/contacts', { id: 1, name: 'Ada' });
			expect(created.status).toBe(201);
			expect(created.json).toEqual({ id: 'snk_1', key: '1', status: 'created', record: { id: 1, name: 'Ada' } });

			const same = await call(sink, 'PUT', '/api/contacts/1', { name: 'Ada', id: 1 });
			expect([same.status, same.json.status, same.json.id]).toEqual([200, 'unchanged', 'snk_1']);

			const patched = await call(sink, 'PATCH', '/api/contacts/1', { name: 'Ada Lovelace' });
			expect([patched.status, patched.json.status]).toEqual([200, 'updated']);
			expect(patched.json.record).toEqual({ id: 1, name: 'Ada Lovelace' });

			const byEmail = await post(sink, '/api/contacts', { email: 'grace@example.com', name: 'Grace' });
			expect([byEmail.status, byEmail.json.key]).toEqual([201, 'grace@example.com']);

			const read = await call(sink, 'GET', '/api/contacts/1');
			expect(read.json).toEqual({ id: 'snk_1', key: '1', record: { id: 1, name: 'Ada Lovelace' } });

			const ledger = sink.ledger();
			expect(ledger.effects.map((e) => [e.key, e.kind])).toEqual([
				['1', 'created'],
				['1', 'updated'],
				['grace@example.com', 'created'],
			]);
			expect(ledger.byKey['1']).toMatchObject({ count: 2, created: 1, updated: 1 });
			expect(ledger.stats).toMatchObject({ requests: 5, effects: 3, created: 2, updated: 1, unchanged: 1, replayed: 0 });
		});

		it('reads a form body, and one NDJSON line', async () => {
			const form = await post(sink, '/api/leads', 'id=7&name=Grace+Hopper&tag=a&tag=b', { 'content-type': 'application/x-www-form-urlencoded' });
			expect(form.status).toBe(201);
			expect(form.json.record).toEqual({ id: '7', name: 'Grace Hopper', tag: ['a', 'b'] });

			const line = await post(sink, '/api/leads', '{"id":8}\n', { 'content-type': 'application/x-ndjson' });
			expect([line.status, line.json.key]).toEqual([201, '8']);
			const two = await post(sink, '/api/leads', '{"id":9}\n{"id":10}\n', { 'content-type': 'application/x-ndjson' });
			expect(two.status).toBe(400);
			expect(two.json.error?.code).toBe('expected_one_record');
		});

		it('refuses bad bodies and missing credentials without an effect, never echoing the token', async () => {
			expect((await post(sink, '/api/c', '{"id":', { 'content-type': 'application/json' })).status).toBe(400);
			expect((await post(sink, '/api/c', '<x/>', { 'content-type': 'application/xml' })).status).toBe(415);
			expect((await post(sink, '/api/c', [1, 2])).status).toBe(400);
			const denied = await post(sink, '/api/c', { id: 1 }, { authorization: 'Bearer wrong' });
			expect(denied.status).toBe(401);
			expect(denied.headers.get('www-authenticate')).toMatch(/^Bearer/);
			expect(denied.text).not.toContain(TOKEN);
			expect((await post(sink, '/api/c/1/extra', { id: 1 })).status).toBe(404);
			expect((await call(sink, 'DELETE', '/api/c/1')).status).toBe(405);
			expect(sink.ledger().stats).toMatchObject({ effects: 0, rejected: 1, requests: 6 });
		});
	});

	describe('batches', () => {
		it('takes a JSON array, {records}, or NDJSON, with per-record keys', async () => {
			const array = await post(sink, '/api/contacts/batch', [
				{ id: 1, name: 'Ada' },
				{ _key: 'k2', name: 'Bob' },
				{ email: 'c@example.com' },
				{ idempotencyKey: 'ik-4', name: 'Dee' },
			]);
			expect(array.status).toBe(200);
			expect(array.json.results).toEqual([
				{ index: 0, key: '1', id: 'snk_1', status: 'created' },
				{ index: 1, key: 'k2', id: 'snk_2', status: 'created' },
				{ index: 2, key: 'c@example.com', id: 'snk_3', status: 'created' },
				{ index: 3, key: 'ik-4', id: 'snk_4', status: 'created' },
			]);
			// Meta fields address the record; they are not stored.
			expect(sink.records('contacts').map((r) => r.record)).toEqual([{ id: 1, name: 'Ada' }, { name: 'Bob' }, { email: 'c@example.com' }, { name: 'Dee' }]);

			const wrapped = await post(sink, '/api/contacts/batch', { records: [{ id: 1, name: 'Ada' }, { id: 5 }] });
			expect(wrapped.json.results!.map((r) => r.status)).toEqual(['unchanged', 'created']);

			const ndjson = await post(sink, '/api/contacts/batch', '{"id":1,"name":"Ada L."}\n\n{"id":6}\n', { 'content-type': 'application/x-ndjson' });
			expect(ndjson.status).toBe(200);
			expect(ndjson.json.results!.map((r) => [r.key, r.status])).toEqual([
				['1', 'updated'],
				['6', 'created'],
			]);
			expect(sink.ledger().stats).toMatchObject({ created: 6, updated: 1, unchanged: 1, effects: 7 });
		});

		it('refuses more than maxBatch records (413), empty batches and form batches', async () => {
			const big = Array.from({ length: 101 }, (_, i) => ({ id: i }));
			const refused = await post(sink, '/api/contacts/batch', big);
			expect(refused.status).toBe(413);
			expect(refused.json.error?.code).toBe('batch_too_large');
			expect((await post(sink, '/api/contacts/batch', Array.from({ length: 100 }, (_, i) => ({ id: i })))).status).toBe(200);
			expect((await post(sink, '/api/contacts/batch', [])).status).toBe(400);
			expect((await post(sink, '/api/contacts/batch', 'id=1', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
			expect(sink.ledger().stats.created).toBe(100);
		});

		it('partialBatch: fails the chosen records with 207 and applies the rest; a retry of the failed ones applies them once', async () => {
			sink.addFault({ match: { path: '/batch$', nth: [1] }, fault: { type: 'partialBatch', indexes: [1, -1], code: 'UNAVAILABLE', recordStatus: 503 } });
			const records = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, idempotencyKey: `ik-r${i}`, n: i }));
			const first = await post(sink, '/api/deals/batch', records);
			expect(first.status).toBe(207);
			expect(first.json.results![1]).toEqual({ index: 1, key: 'r1', error: { code: 'UNAVAILABLE', message: expect.any(String), status: 503 } });
			expect(first.json.results![4].error?.code).toBe('UNAVAILABLE');
			expect(first.json.results!.filter((r) => r.status === 'created')).toHaveLength(3);

			// The whole batch again (a client that retries everything): applied ones replay, failed ones apply.
			const again = await post(sink, '/api/deals/batch', records);
			expect(again.status).toBe(200);
			expect(again.json.results!.map((r) => [r.status, r.replayed ?? false])).toEqual([
				['created', true],
				['created', false],
				['created', true],
				['created', true],
				['created', false],
			]);
			const ledger = sink.ledger();
			expect(ledger.stats).toMatchObject({ created: 5, failed: 2, replayed: 3, effects: 5 });
			expect(auditLedger(ledger, records.map((r) => ({ key: r.id, record: { n: r.n } })))).toEqual({ ok: true, lost: [], doubled: [], stale: [], unexpected: [] });
		});

		it('a batch-level Idempotency-Key replays the whole answer, 207 included', async () => {
			sink.addFault({ match: { nth: [1] }, fault: { type: 'partialBatch' } });
			const first = await post(sink, '/api/x/batch', [{ id: 1 }, { id: 2 }], { 'idempotency-key': 'batch-1' });
			expect(first.status).toBe(207);
			const second = await post(sink, '/api/x/batch', [{ id: 1 }, { id: 2 }], { 'idempotency-key': 'batch-1' });
			expect([second.status, second.headers.get('idempotent-replayed')]).toEqual([207, 'true']);
			expect(second.json).toEqual(first.json);
			expect((await post(sink, '/api/x/batch', [{ id: 3 }], { 'idempotency-key': 'batch-1' })).status).toBe(422);
			expect(sink.ledger().stats.effects).toBe(1);
		});
	});

	describe('idempotency', () => {
		it('replays the first answer for a repeated Idempotency-Key, with no second effect', async () => {
			const first = await post(sink, '/api/orders', { id: 'o1', total: 5 }, { 'idempotency-key': 'k-1' });
			expect(first.status).toBe(201);
			expect(first.headers.get('idempotent-replayed')).toBeNull();
			const second = await post(sink, '/api/orders', { id: 'o1', total: 5 }, { 'idempotency-key': 'k-1' });
			expect(second.status).toBe(201);
			expect(second.headers.get('idempotent-replayed')).toBe('true');
			expect(second.json).toEqual(first.json);

			// The same key with other content is an error (IETF Idempotency-Key draft: 422), not an effect.
			const reused = await post(sink, '/api/orders', { id: 'o1', total: 6 }, { 'idempotency-key': 'k-1' });
			expect(reused.status).toBe(422);
			expect(reused.json.error?.code).toBe('idempotency_key_reused');

			const ledger = sink.ledger();
			expect(ledger.effects).toHaveLength(1);
			expect(ledger.effects[0]).toMatchObject({ key: 'o1', idempotencyKey: 'k-1', kind: 'created', record: { id: 'o1', total: 5 } });
			expect(ledger.stats).toMatchObject({ created: 1, replayed: 1, failed: 1 });
			expect(sink.requests().map((r) => r.replayed ?? false)).toEqual([false, true, false]);
		});

		it('applyThenReset: the effect is applied, the connection dropped; a retry with the same key replays → one effect', async () => {
			sink.addFault({ id: 'nasty', match: { method: 'POST', path: '^/api/orders$', nth: [1] }, fault: { type: 'applyThenReset' } });
			const failure = await networkError(post(sink, '/api/orders', { id: 'o2', total: 9 }, { 'idempotency-key': 'k-2' }));
			expect(failure.message).toBe('fetch failed');
			expect(sink.ledger().effects).toHaveLength(1);

			const retry = await post(sink, '/api/orders', { id: 'o2', total: 9 }, { 'idempotency-key': 'k-2' });
			expect([retry.status, retry.json.status, retry.headers.get('idempotent-replayed')]).toEqual([201, 'created', 'true']);
			expect(sink.ledger().effects).toHaveLength(1);
			expect(sink.requests().map((r) => [r.outcome, r.status, r.appliedStatus, r.faults])).toEqual([
				['applyThenReset', null, 201, ['nasty']],
				['responded', 201, undefined, []],
			]);
		});

		it('applyThenReset on an insert with neither a key nor an idempotency key doubles it, and the audit says so', async () => {
			sink.addFault({ match: { nth: [1] }, fault: { type: 'applyThenReset' } });
			await networkError(post(sink, '/api/notes', { text: 'hello' }));
			await post(sink, '/api/notes', { text: 'hello' });
			const ledger = sink.ledger();
			expect(ledger.effects.map((e) => e.key)).toEqual(['auto-1', 'auto-2']);
			expect(auditLedger(ledger, []).doubled).toEqual(['auto-1', 'auto-2']);
		});
	});

	describe('signed webhooks', () => {
		const body = JSON.stringify({ id: 'evt-1', type: 'contact.updated', data: { id: 1 } });
		const hook = (headers: Record<string, string>, payload = body) =>
			fetch(`${sink.url}/hooks/crm`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload });

		it('accepts a good signature once per idempotency key; refuses bad, stale and missing ones with no effect', async () => {
			const ok = await hook(signatureHeaders(SECRET, body));
			expect(ok.status).toBe(200);
			expect(await ok.json()).toEqual({ received: true, id: 'snk_1', key: 'evt-1', status: 'delivered' });

			const redelivered = await hook({ ...signatureHeaders(SECRET, body), 'X-Idempotency-Key': 'evt-1' });
			expect(redelivered.headers.get('idempotent-replayed')).toBe('true');

			const wrongSecret = await hook(signatureHeaders('other-secret', body));
			expect([wrongSecret.status, (await wrongSecret.json()).error.code]).toEqual([401, 'invalid_signature']);
			const tampered = await hook(signatureHeaders(SECRET, body), body.replace('evt-1', 'evt-2'));
			expect(tampered.status).toBe(401);
			const stale = await hook(signatureHeaders(SECRET, body, Date.now() - 6 * 60 * 1000));
			expect([stale.status, (await stale.json()).error.code]).toEqual([401, 'stale_timestamp']);
			const seconds = await hook(signatureHeaders(SECRET, body, Math.floor(Date.now() / 1000)));
			expect((await seconds.json()).error.message).toContain('milliseconds');
			const missing = await hook({});
			expect([missing.status, (await missing.json()).error.code]).toEqual([401, 'missing_signature']);

			const ledger = sink.ledger();
			expect(ledger.effects).toEqual([expect.objectContaining({ collection: 'hooks/crm', key: 'evt-1', kind: 'delivered', verified: true })]);
			expect(ledger.stats).toMatchObject({ delivered: 1, replayed: 1, rejected: 5 });
		});
	});

	describe('faults', () => {
		it('429 with Retry-After in seconds, as an HTTP-date, or without; nothing applied', async () => {
			sink.addFault([
				{ match: { nth: [1] }, fault: { type: 'status', status: 429, retryAfter: 2 } },
				{ match: { nth: [2] }, fault: { type: 'status', status: 429, retryAfterDate: 3 } },
				{ match: { nth: [3] }, fault: { type: 'status', status: 429 } },
			]);
			const seconds = await post(sink, '/api/c', { id: 1 });
			expect([seconds.status, seconds.headers.get('retry-after'), seconds.json.error?.code]).toEqual([429, '2', 'rate_limited']);
			const date = await post(sink, '/api/c', { id: 1 });
			const until = Date.parse(date.headers.get('retry-after')!);
			expect(until - Date.now()).toBeGreaterThan(1500);
			expect(until - Date.now()).toBeLessThanOrEqual(4000);
			const none = await post(sink, '/api/c', { id: 1 });
			expect([none.status, none.headers.get('retry-after')]).toEqual([429, null]);
			expect((await post(sink, '/api/c', { id: 1 })).status).toBe(201);
			expect(sink.ledger().stats).toMatchObject({ effects: 1, faults: 3, requests: 4 });
		});

		it('500, 503 and a proxy\'s HTML 502 page (the default body of a 502)', async () => {
			sink.addFault([
				{ match: { nth: [1] }, fault: { type: 'status', status: 500 } },
				{ match: { nth: [2] }, fault: { type: 'status', status: 503, retryAfter: 1, body: { message: 'maintenance' } } },
				{ match: { nth: [3] }, fault: { type: 'status', status: 502 } },
			]);
			expect((await post(sink, '/api/c', { id: 1 })).json.error?.code).toBe('internal_error');
			const unavailable = await post(sink, '/api/c', { id: 1 });
			expect([unavailable.status, unavailable.json, unavailable.headers.get('retry-after')]).toEqual([503, { message: 'maintenance' }, '1']);
			const proxy = await post(sink, '/api/c', { id: 1 });
			expect(proxy.status).toBe(502);
			expect(proxy.headers.get('content-type')).toBe('text/html');
			expect(proxy.text).toContain('<h1>502 Bad Gateway</h1>');
			expect(proxy.json).toBeUndefined();
			expect(sink.ledger().stats.effects).toBe(0);
		});

		it('reset drops the connection before anything is applied; hang never answers', async () => {
			sink.addFault({ match: { path: '^/api/c$', nth: [1] }, fault: { type: 'reset' } });
			const reset = await networkError(post(sink, '/api/c', { id: 1 }));
			expect(reset.message).toBe('fetch failed');
			expect(sink.ledger().stats.effects).toBe(0);

			sink.addFault({ match: { path: '^/api/h$', times: 1 }, fault: { type: 'hang' } });
			const started = Date.now();
			const headers = { ...AUTH, 'content-type': 'application/json' };
			const hung = await networkError(fetch(`${sink.url}/api/h`, { method: 'POST', headers, body: '{"id":2}', signal: AbortSignal.timeout(150) }));
			expect((hung as Error).name).toBe('TimeoutError');
			expect(Date.now() - started).toBeGreaterThanOrEqual(140);
			expect((await post(sink, '/api/h', { id: 2 })).status).toBe(201);
			expect(sink.requests().map((r) => r.outcome)).toEqual(['reset', 'hang', 'responded']);
			expect(sink.ledger().effects.map((e) => e.key)).toEqual(['2']);
		});

		it('applyThenHang applies; slow and latency delay the answer', async () => {
			sink.addFault({ match: { nth: 1 }, fault: 'applyThenHang' });
			const json = { ...AUTH, 'content-type': 'application/json' };
			await networkError(fetch(`${sink.url}/api/c`, { method: 'POST', headers: json, body: '{"id":1}', signal: AbortSignal.timeout(100) }));
			expect(sink.ledger().effects).toHaveLength(1);
			expect(sink.requests()[0]).toMatchObject({ outcome: 'applyThenHang', appliedStatus: 201 });

			sink.clearFaults();
			sink.addFault({ match: { path: '^/api/slow$' }, fault: { type: 'slow', ms: 80 } });
			let started = Date.now();
			expect((await post(sink, '/api/slow', { id: 2 })).status).toBe(201);
			expect(Date.now() - started).toBeGreaterThanOrEqual(75);

			// A delay combines with the fault that fires with it: slow, then 503.
			sink.addFault([
				{ id: 'd', match: { path: '^/api/both$' }, fault: { type: 'delay', ms: 50, afterApply: false } },
				{ id: 's', match: { path: '^/api/both$' }, fault: { type: 'status', status: 503 } },
			]);
			started = Date.now();
			expect((await post(sink, '/api/both', { id: 9 })).status).toBe(503);
			expect(Date.now() - started).toBeGreaterThanOrEqual(45);
			expect(sink.requests({ path: 'both' })[0].faults).toEqual(['d', 's']);

			sink.setLatency(40);
			started = Date.now();
			expect((await post(sink, '/api/c', { id: 3 })).status).toBe(201);
			expect(Date.now() - started).toBeGreaterThanOrEqual(35);
			expect(sink.requests().at(-1)!.durationMs).toBeGreaterThanOrEqual(35);
		});

		it('matches by method, path, nth, every, times, and a seeded probability that repeats', async () => {
			const id = sink.addFault({ match: { method: 'put', path: '^/api/m/', every: 2, times: 2 }, fault: { type: 'status', status: 500 } });
			const statuses = [];
			for (let i = 0; i < 6; i++) statuses.push((await call(sink, 'PUT', `/api/m/${i}`, { v: 1 })).status);
			expect(statuses).toEqual([201, 500, 201, 500, 201, 201]);
			expect((await post(sink, '/api/m', { id: 'x' })).status).toBe(201);
			expect(sink.faults()).toEqual([expect.objectContaining({ id, seen: 6, hits: 2 })]);

			const run = async () => {
				sink.reset();
				sink.addFault({ match: { probability: 0.3, seed: 42 }, fault: { type: 'status', status: 503 } });
				const out = [];
				for (let i = 0; i < 40; i++) out.push((await post(sink, '/api/p', { id: i })).status);
				return out;
			};
			const first = await run();
			expect(await run()).toEqual(first);
			const failures = first.filter((s) => s === 503).length;
			expect(failures).toBeGreaterThan(4);
			expect(failures).toBeLessThan(24);
		});

		it('rejects a malformed rule', () => {
			expect(() => sink.addFault({ fault: { type: 'explode' } } as never)).toThrow(/fault.type/);
			expect(() => sink.addFault({ match: { path: '(' }, fault: { type: 'reset' } })).toThrow(/regular expression/);
		});
	});

	describe('control over HTTP', () => {
		it('adds faults, reads the ledger, journal and records, sets latency and resets', async () => {
			const remote = connectMockSink(sink.url);
			const id = await remote.addFault({ match: { path: '^/api/r$', nth: [1] }, fault: { type: 'status', status: 503 } });
			expect(id).toBe('f1');
			expect((await post(sink, '/api/r', { id: 1 })).status).toBe(503);
			expect((await post(sink, '/api/r', { id: 1 })).status).toBe(201);
			expect((await remote.ledger()).stats).toMatchObject({ requests: 2, created: 1, faults: 1 });
			expect((await remote.ledger({ collection: 'other' })).effects).toEqual([]);
			expect((await remote.requests()).map((r) => r.status)).toEqual([503, 201]);
			expect(await remote.records('r')).toEqual([{ collection: 'r', key: '1', id: 'snk_1', record: { id: 1 } }]);
			expect(await remote.faults()).toEqual([expect.objectContaining({ id: 'f1', hits: 1 })]);
			expect((await remote.requests({ since: 1 })).map((r) => r.status)).toEqual([201]);
			expect(await remote.addFault([{ fault: 'hang', match: { path: 'never' } }, { fault: 'reset', match: { path: 'never' } }])).toEqual(['f2', 'f3']);
			expect(await remote.removeFault('f3')).toEqual({ removed: true });
			await remote.setLatency(5);
			await expect(remote.addFault({ fault: { type: 'nope' } } as never)).rejects.toThrow(/400/);
			await remote.reset();
			expect((await remote.ledger()).effects).toEqual([]);
			expect(sink.requests()).toEqual([]);
		});
	});

	it('auditLedger reports lost, stale and unexpected keys', async () => {
		await post(sink, '/api/c/batch', [
			{ id: 'a', v: 1 },
			{ id: 'b', v: 1 },
			{ id: 'z', v: 1 },
		]);
		const audit = auditLedger(sink.ledger(), [{ key: 'a', record: { v: 1 } }, { key: 'b', record: { v: 2 } }, 'c']);
		expect(audit).toEqual({ ok: false, lost: ['c'], doubled: [], stale: ['b'], unexpected: ['z'] });
	});
});

describe('sink mock credentials', () => {
	it('API key in a header or the query, basic auth, and OAuth2 client credentials', async () => {
		const keyed = await startMockSink({ apiKey: { name: 'X-Api-Key', value: 'k' } });
		const queried = await startMockSink({ apiKey: { name: 'api_key', value: 'q', in: 'query' } });
		const basic = await startMockSink({ basic: { username: 'u', password: 'p:w' } });
		const oauth = await startMockSink({ oauth2: { clientId: 'cid', clientSecret: 'cs', expiresIn: 60 } });
		try {
			const send = (url: string, headers: Record<string, string>) =>
				fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"id":1}' }).then((r) => r.status);
			expect(await send(`${keyed.url}/api/c`, { 'x-api-key': 'k' })).toBe(201);
			expect(await send(`${keyed.url}/api/c`, {})).toBe(401);
			expect(await send(`${queried.url}/api/c?api_key=q`, {})).toBe(201);
			expect(await send(`${queried.url}/api/c?api_key=x`, {})).toBe(401);
			expect(await send(`${basic.url}/api/c`, { authorization: `Basic ${Buffer.from('u:p:w').toString('base64')}` })).toBe(201);
			expect(await send(`${basic.url}/api/c`, { authorization: `Basic ${Buffer.from('u:x').toString('base64')}` })).toBe(401);

			const tokenResponse = await fetch(`${oauth.url}/oauth/token`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from('cid:cs').toString('base64')}` },
				body: 'grant_type=client_credentials',
			});
			const grant = (await tokenResponse.json()) as { access_token: string; token_type: string; expires_in: number };
			expect([grant.token_type, grant.expires_in]).toEqual(['Bearer', 60]);
			const inBody = await fetch(`${oauth.url}/oauth/token`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'grant_type=client_credentials&client_id=cid&client_secret=wrong',
			});
			expect(inBody.status).toBe(401);
			expect(await send(`${oauth.url}/api/c`, { authorization: `Bearer ${grant.access_token}` })).toBe(201);
			oauth.revokeTokens();
			expect(await send(`${oauth.url}/api/c`, { authorization: `Bearer ${grant.access_token}` })).toBe(401);
		} finally {
			await Promise.all([keyed.close(), queried.close(), basic.close(), oauth.close()]);
		}
	});

	it('close() ends hung requests', async () => {
		const sink = await startMockSink();
		sink.addFault({ fault: { type: 'hang' } });
		const pending = networkError(fetch(`${sink.url}/api/c`, { method: 'POST', body: '{"id":1}' }));
		while (sink.requests().length === 0 || sink.requests()[0].outcome !== 'hang') await new Promise((r) => setTimeout(r, 5));
		await sink.close();
		expect((await pending).message).toBe('fetch failed');
	});
});
