import { auditLedger } from '../../test/mock-sink';
import { fetchRequest } from '../crm/http/fetchRequest';
import type { CrmRequest, RequestFn } from '../crm/types';
import type { CheckpointStore, SyncCheckpoint } from './types';
import { recordHash } from './recordHash';
import { restDestination } from './restDestination';
import { signedWebhook } from './signedWebhook';
import { afterSaves, FAST_RETRY, maxInFlight, memoryCheckpoint, mostInWindow, people, useMockSink } from './syncMock.test-helper';
import { syncRecords } from './syncRecords';

const SHARED_KEY = 'dummy-signing-7f3a9c';
const BEARER = 'sink-token-4e8d2a';
/** A key the receiver does not know. */
const OTHER_KEY = 'dummy-other-key-91';
const sink = useMockSink({ token: BEARER, signingSecret: SHARED_KEY });

/** fetch with the sink's bearer token added, as the credential would; the sync never sees the token. */
function authed(timeoutMs = 2000, token = BEARER): RequestFn {
	const send = fetchRequest({ timeoutMs });
	return (request) => send({ ...request, headers: { ...request.headers, Authorization: `Bearer ${token}` } });
}

/** Also records every request the sync makes, to see what was (not) sent. */
function recording(send: RequestFn): RequestFn & { sent: CrmRequest[] } {
	const fn = Object.assign(async (request: CrmRequest) => {
		fn.sent.push(request);
		return send(request);
	}, { sent: [] as CrmRequest[] });
	return fn;
}

const perRecord = () => restDestination({ method: 'PUT', urlTemplate: `${sink().url}/api/contacts/{{id}}` });
const batched = () => restDestination({ urlTemplate: `${sink().url}/api/contacts/batch`, mode: 'batch', maxBatchSize: 100 });

describe('syncRecords', () => {
	describe('to a REST API', () => {
		it('sends each record once, one request per record, with its idempotency key, and reports created', async () => {
			const rows = people(30);
			const out = await syncRecords(rows, perRecord(), { request: authed(), retry: FAST_RETRY });
			expect(out.results.map((r) => r.status)).toEqual(rows.map(() => 'created'));
			expect(out.results[0]).toMatchObject({ index: 0, destinationId: expect.stringMatching(/^snk_/), response: { key: 'c0', status: 'created' } });
			expect(out.requests).toBe(30);
			const journal = sink().requests();
			expect(journal.map((entry) => entry.headers['idempotency-key'])).toEqual(expect.arrayContaining(rows.map((row) => recordHash(row))));
			expect(auditLedger(sink().ledger({ collection: 'contacts' }), rows.map((row) => ({ key: String(row.id), record: { name: row.name } })))).toMatchObject({ ok: true });
		});

		it('sends batches with each record carrying its key, and tells updated from created', async () => {
			const rows = people(250);
			await syncRecords(rows.slice(0, 10), batched(), { request: authed(), retry: FAST_RETRY });
			sink().clearRequests();
			const changed = rows.map((row, i) => (i < 10 ? { ...row, score: -1 } : row));
			const out = await syncRecords(changed, batched(), { request: authed(), retry: FAST_RETRY });
			expect(out.requests).toBe(3);
			expect(out.results.slice(0, 10).every((r) => r.status === 'updated')).toBe(true);
			expect(out.results.slice(10).every((r) => r.status === 'created')).toBe(true);
			const ledger = sink().ledger({ collection: 'contacts' });
			expect(ledger.byKey.c0).toMatchObject({ created: 1, updated: 1 });
			expect(ledger.effects.find((effect) => effect.key === 'c12')?.idempotencyKey).toBe(recordHash(changed[12]));
			// The key is an addressing field: the sink does not store it as content.
			expect(sink().records('contacts')[0].record).not.toHaveProperty('idempotencyKey');
		});

		it('fails a batch that fails after retries, and goes on with the others', async () => {
			sink().addFault({ match: { path: '/batch$', nth: [2, 3, 4] }, fault: { type: 'status', status: 503 } });
			const out = await syncRecords(people(300), batched(), { request: authed(), retry: { ...FAST_RETRY, maxRetries: 2 }, concurrency: 1 });
			const statuses = out.results.map((r) => r.status);
			expect(statuses.slice(0, 100).every((s) => s === 'created')).toBe(true);
			expect(statuses.slice(100, 200).every((s) => s === 'failed')).toBe(true);
			expect(statuses.slice(200).every((s) => s === 'created')).toBe(true);
			expect(out.results[150].error).toMatchObject({ code: 'SERVER_ERROR', status: 503 });
			expect(out.results[150].error?.message).toContain('failed after 3 attempts');
		});

		it('splits a partial batch failure per record, retrying records that failed for now', async () => {
			sink().addFault({ match: { path: '/batch$', nth: 1 }, fault: { type: 'partialBatch', indexes: [1, 4, 7], recordStatus: 503 } });
			// When retried, record 7 is refused for good.
			sink().addFault({ match: { path: '/batch$', nth: 2 }, fault: { type: 'partialBatch', keys: ['c7'], code: 'invalid_email', message: 'email is not valid', recordStatus: 422 } });
			const rows = people(10);
			const out = await syncRecords(rows, batched(), { request: authed(), retry: FAST_RETRY, changeDetection: { previous: {}, keyField: 'id' } });
			expect(out.results.map((r) => r.status)).toEqual(['created', 'created', 'created', 'created', 'created', 'created', 'created', 'failed', 'created', 'created']);
			expect(out.results[7].error).toEqual({ code: 'invalid_email', message: 'email is not valid', status: 422, retryable: false });
			// The first batch, then records 1, 4 and 7 alone; record 7, refused for good, is not sent a third time.
			expect(out.requests).toBe(2);
			expect(Object.keys(out.hashes)).not.toContain('c7');
			expect(Object.keys(out.hashes)).toHaveLength(9);
			sink().clearFaults();
			const again = await syncRecords(rows, batched(), { request: authed(), retry: FAST_RETRY, changeDetection: { previous: out.hashes, keyField: 'id' } });
			expect(again.requests).toBe(1);
			expect(again.results.filter((r) => r.status === 'unchanged')).toHaveLength(9);
			expect(again.results[7].status).toBe('created');
			expect(auditLedger(sink().ledger({ collection: 'contacts' }), rows.map((row) => String(row.id)))).toMatchObject({ ok: true });
		});

		it('fails records it cannot address without sending them', async () => {
			const out = await syncRecords([{ id: 'a1' }, { name: 'no id' }], perRecord(), { request: authed(), retry: FAST_RETRY });
			expect(out.results[1]).toEqual({ index: 1, status: 'failed', error: { code: 'BAD_RECORD', message: 'The URL needs the field "id", which is missing or empty' } });
			expect(out.requests).toBe(1);
		});
	});

	describe('change detection', () => {
		it('sends only the record that changed, and nothing when nothing changed', async () => {
			const rows = people(20);
			const first = await syncRecords(rows, perRecord(), { request: authed(), changeDetection: { previous: {}, keyField: 'id' } });
			expect(Object.keys(first.hashes)).toHaveLength(20);
			expect(first.hashes.c3).toBe(recordHash(rows[3]));
			const edited = rows.map((row, i) => (i === 3 ? { ...row, name: 'Renamed' } : row));
			const second = await syncRecords(edited, perRecord(), { request: authed(), changeDetection: { previous: first.hashes, keyField: 'id' } });
			expect(second.requests).toBe(1);
			expect(second.results.filter((r) => r.status === 'unchanged')).toHaveLength(19);
			expect(second.results[3].status).toBe('updated');
			expect(second.hashes.c3).toBe(recordHash(edited[3]));
			const third = await syncRecords(edited, perRecord(), { request: authed(), changeDetection: { previous: second.hashes, keyField: 'id' } });
			expect(third.requests).toBe(0);
			expect(sink().ledger({ collection: 'contacts' }).byKey.c3).toMatchObject({ created: 1, updated: 1 });
		});

		it('sends everything when forced, without a second effect for content the destination has', async () => {
			const rows = people(5);
			const first = await syncRecords(rows, perRecord(), { request: authed(), changeDetection: { previous: {}, keyField: 'id' } });
			const forced = await syncRecords(rows, perRecord(), { request: authed(), changeDetection: { previous: first.hashes, keyField: 'id', force: true } });
			expect(forced.requests).toBe(5);
			expect(sink().ledger({ collection: 'contacts' }).effects).toHaveLength(5);
		});

		it('applies a record changed back to an earlier content (A → B → A), which a content-only key would replay away', async () => {
			const a = { id: 'x1', name: 'A' };
			const b = { id: 'x1', name: 'B' };
			let previous: Record<string, string> = {};
			for (const version of [a, b, a]) {
				previous = (await syncRecords([version], perRecord(), { request: authed(), changeDetection: { previous, keyField: 'id' } })).hashes;
			}
			expect(sink().records('contacts')[0].record).toEqual({ id: 'x1', name: 'A' });
			expect(sink().ledger({ collection: 'contacts' }).byKey.x1).toMatchObject({ created: 1, updated: 2 });
		});

		it('keeps at most maxEntries hashes, dropping those of records not synced now', async () => {
			const previous = { old1: 'h1', old2: 'h2', old3: 'h3' };
			const out = await syncRecords(people(2), perRecord(), { request: authed(), changeDetection: { previous, keyField: 'id', maxEntries: 3 } });
			expect(Object.keys(out.hashes).sort()).toEqual(['c0', 'c1', 'old3']);
		});
	});

	describe('checkpoint and resume', () => {
		it('resumes a killed run after the last acknowledged batch: nothing before it sent again, nothing applied twice', async () => {
			const rows = people(1000);
			const store = memoryCheckpoint(afterSaves(5));
			const first = recording(authed());
			await expect(syncRecords(rows, batched(), { request: first, retry: FAST_RETRY, batchSize: 50, concurrency: 1, checkpoint: store, runId: 'run-1' })).rejects.toThrow(/killed/);
			// Batch 6 was applied, but the process "died" before its checkpoint was saved.
			expect(store.current()).toMatchObject({ acknowledgedBatches: 5, runId: 'run-1' });
			expect(store.current()?.outcomes).toBe('c'.repeat(250));
			expect(first.sent).toHaveLength(6);
			store.kill = undefined;
			const second = recording(authed());
			const out = await syncRecords(rows, batched(), { request: second, retry: FAST_RETRY, batchSize: 50, concurrency: 1, checkpoint: store, runId: 'run-2' });
			expect(out.resumed).toEqual({ acknowledgedBatches: 5, runId: 'run-1' });
			expect(second.sent).toHaveLength(15);
			const resent = second.sent.flatMap((request) => (request.body as Array<{ id: string }>).map((record) => record.id));
			expect(resent).toEqual(rows.slice(250).map((row) => row.id));
			// Remembered outcomes come back for the skipped records, with their ids.
			expect(out.results[0]).toEqual({ index: 0, status: 'created', destinationId: 'snk_1' });
			expect(out.results.every((r) => r.status === 'created')).toBe(true);
			// Batch 6 was replayed from the sink's idempotency table, not applied again.
			expect(sink().ledger().stats.replayed).toBe(50);
			const audit = auditLedger(sink().ledger({ collection: 'contacts' }), rows.map((row) => String(row.id)));
			expect(audit).toEqual({ ok: true, lost: [], doubled: [], stale: [], unexpected: [] });
			expect(store.current()?.complete).toBe(true);
		});

		it('starts afresh for other records or after a complete run', async () => {
			const store = memoryCheckpoint();
			await syncRecords(people(100), batched(), { request: authed(), batchSize: 50, checkpoint: store });
			expect(store.current()).toMatchObject({ acknowledgedBatches: 2, complete: true });
			const again = recording(authed());
			const out = await syncRecords(people(100), batched(), { request: again, batchSize: 50, checkpoint: store });
			expect(out.resumed).toBeUndefined();
			expect(again.sent).toHaveLength(2);
			// Same records, same keys: the second run is replayed, no effect.
			expect(sink().ledger({ collection: 'contacts' }).effects).toHaveLength(100);
			const interrupted = memoryCheckpoint(afterSaves(1));
			await expect(syncRecords(people(100), batched(), { request: authed(), batchSize: 50, concurrency: 1, checkpoint: interrupted })).rejects.toThrow(/killed/);
			interrupted.kill = undefined;
			const other = recording(authed());
			const fresh = await syncRecords(people(100, 1), batched(), { request: other, batchSize: 50, checkpoint: interrupted });
			expect(fresh.resumed).toBeUndefined();
			expect(other.sent).toHaveLength(2);
		});

		it('saves a checkpoint only over an unbroken run of answered batches when later batches finish first', async () => {
			// The first record's answer is held until four others are answered: batches 1 and 2 finish before batch 0.
			const order: string[] = [];
			let answered = 0;
			let firstAnswered = false;
			let releaseFirst = (): void => undefined;
			const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
			const request: RequestFn = async (req) => {
				const id = req.url.split('/').pop() ?? '';
				order.push(id);
				if (id === 'c0') await firstHeld;
				await new Promise((resolve) => setImmediate(resolve));
				if (id === 'c0') firstAnswered = true;
				else if (++answered === 4) releaseFirst();
				return { status: 201, headers: {}, body: JSON.stringify({ id: `d-${id}` }) };
			};
			const saved: SyncCheckpoint[] = [];
			const store: CheckpointStore = {
				load: async () => undefined,
				save: async (state) => {
					// Nothing is acknowledged past batch 0 before batch 0 itself.
					expect(firstAnswered).toBe(true);
					saved.push(structuredClone(state));
				},
			};
			const out = await syncRecords(people(6), perRecord(), { request, concurrency: 3, batchSize: 2, checkpoint: store });
			// The slots go to the earliest batch first: requests start in record order.
			expect(order).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
			// Batch 1 was answered before batch 0, so the first save acknowledges both at once.
			expect(saved[0].acknowledgedBatches).toBeGreaterThanOrEqual(2);
			expect(saved[saved.length - 1]).toMatchObject({ acknowledgedBatches: 3, complete: true, outcomes: 'cccccc', ids: ['d-c0', 'd-c1', 'd-c2', 'd-c3', 'd-c4', 'd-c5'] });
			expect(out.results.map((r) => r.destinationId)).toEqual(['d-c0', 'd-c1', 'd-c2', 'd-c3', 'd-c4', 'd-c5']);
		});

		it('saves each checkpoint as it was when its batch was acknowledged, though later batches go on meanwhile', async () => {
			let saves = 0;
			const seen: SyncCheckpoint[] = [];
			const slowStore: CheckpointStore = {
				load: async () => undefined,
				// Each save takes a few turns of the event loop, so later batches are acknowledged while it waits.
				save: async (state) => {
					seen.push(state);
					const copy = structuredClone(state);
					saves++;
					for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
					expect(state).toEqual(copy);
				},
			};
			const request: RequestFn = async (req) => ({ status: 201, headers: {}, body: JSON.stringify({ id: `d-${req.url.split('/').pop() ?? ''}` }) });
			await syncRecords(people(40), perRecord(), { request, concurrency: 4, batchSize: 2, checkpoint: slowStore });
			expect(saves).toBeGreaterThan(1);
			for (const state of seen) expect(state.ids).toHaveLength(state.outcomes.length);
			expect(seen[seen.length - 1]).toMatchObject({ acknowledgedBatches: 20, complete: true });
		});

		it('remembers failed records in the checkpoint with their errors', async () => {
			sink().addFault({ match: { path: '/batch$', nth: 1 }, fault: { type: 'partialBatch', indexes: [0], code: 'invalid', message: 'bad', recordStatus: 400 } });
			const store = memoryCheckpoint(afterSaves(1));
			const rows = people(20);
			await expect(syncRecords(rows, batched(), { request: authed(), batchSize: 10, concurrency: 1, checkpoint: store })).rejects.toThrow(/killed/);
			store.kill = undefined;
			const out = await syncRecords(rows, batched(), { request: authed(), batchSize: 10, concurrency: 1, checkpoint: store });
			expect(out.results[0]).toEqual({ index: 0, status: 'failed', error: { code: 'invalid', message: 'bad', status: 400 } });
			expect(out.results.slice(1).every((r) => r.status === 'created')).toBe(true);
		});
	});

	describe('dry run', () => {
		it('sends nothing and shows the requests with credentials and signatures redacted', async () => {
			const rows = people(3);
			const send = recording(authed());
			const hook = signedWebhook({ url: `${sink().url}/hooks/crm`, secret: SHARED_KEY });
			const store = memoryCheckpoint();
			const out = await syncRecords(rows, hook, { request: send, dryRun: true, checkpoint: store, changeDetection: { previous: { c9: 'h' }, keyField: 'id' } });
			expect(send.sent).toHaveLength(0);
			expect(sink().requests()).toHaveLength(0);
			expect(store.saved).toHaveLength(0);
			expect(out.requests).toBe(0);
			expect(out.results.map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped']);
			expect(out.hashes).toEqual({ c9: 'h' });
			expect(out.dryRun).toHaveLength(3);
			expect(out.dryRun?.[0]).toEqual({
				method: 'POST',
				url: `${sink().url}/hooks/crm`,
				headers: { 'X-Timestamp': expect.stringMatching(/^\d+$/), 'X-Signature': '***', 'Idempotency-Key': recordHash(rows[0]) },
				body: rows[0],
			});
			expect(JSON.stringify(out)).not.toContain(SHARED_KEY);
		});

		it('shows a batch as one request, and the records that could not be sent as failed', async () => {
			const out = await syncRecords([...people(3), { name: 'no id' }], perRecord(), { request: authed(), dryRun: true });
			expect(out.dryRun?.map((request) => request.url)).toEqual([0, 1, 2].map((i) => `${sink().url}/api/contacts/c${i}`));
			expect(out.results[3]).toMatchObject({ status: 'failed', error: { code: 'BAD_RECORD' } });
			const batch = await syncRecords(people(3), batched(), { request: authed(), dryRun: true });
			expect(batch.dryRun).toHaveLength(1);
			expect(batch.dryRun?.[0].body).toEqual(people(3).map((row) => ({ ...row, idempotencyKey: recordHash(row) })));
			expect(sink().requests()).toHaveLength(0);
		});
	});

	describe('signed webhook', () => {
		it('delivers each record once with a signature the receiver verifies', async () => {
			const rows = people(10);
			sink().addFault({ match: { path: '^/hooks/', nth: [2, 5] }, fault: { type: 'applyThenReset' } });
			const out = await syncRecords(rows, signedWebhook({ url: `${sink().url}/hooks/crm`, secret: SHARED_KEY }), { request: fetchRequest({ timeoutMs: 2000 }), retry: FAST_RETRY });
			expect(out.results.every((r) => r.status === 'created')).toBe(true);
			const ledger = sink().ledger({ collection: 'hooks/crm' });
			expect(ledger.effects).toHaveLength(10);
			expect(ledger.effects.every((effect) => effect.verified === true)).toBe(true);
			expect(auditLedger(ledger, rows.map((row) => recordHash(row)))).toMatchObject({ ok: true });
		});
	});

	describe('secrets', () => {
		it('never shows the signing secret or the token in results or errors', async () => {
			const rows = people(4);
			// The receiver knows another secret: every delivery is refused.
			const wrong = signedWebhook({ url: `${sink().url}/hooks/crm`, secret: OTHER_KEY });
			const refused = await syncRecords(rows, wrong, { request: authed(), retry: FAST_RETRY });
			expect(refused.results.every((r) => r.status === 'failed')).toBe(true);
			expect(refused.results[0].error).toMatchObject({ code: 'AUTH', status: 401 });
			// A token the sink refuses; the first request hangs and times out before it is refused too.
			sink().addFault({ match: { path: '^/api/', nth: 1 }, fault: { type: 'hang' } });
			const reasons: string[] = [];
			const onRetry = (info: { reason: string }) => void reasons.push(info.reason);
			const denied = await syncRecords(rows, perRecord(), { request: authed(100, 'wrong-token-5521'), retry: { ...FAST_RETRY, maxRetries: 1, onRetry }, concurrency: 1 });
			expect(denied.results.every((r) => r.status === 'failed')).toBe(true);
			expect(denied.results.map((r) => r.error?.code)).toEqual(['AUTH', 'AUTH', 'AUTH', 'AUTH']);
			// The hung request was retried (and then refused): the retry's reason is what a log would show.
			expect(reasons).toEqual([expect.stringContaining('timed out')]);
			const shown = JSON.stringify([refused, denied, reasons]);
			for (const secret of [OTHER_KEY, 'wrong-token-5521', SHARED_KEY, BEARER]) expect(shown).not.toContain(secret);
		});
	});

	describe('concurrency and rate limit', () => {
		it('never has more than `concurrency` requests in flight at the sink', async () => {
			sink().setLatency(25);
			await syncRecords(people(24), perRecord(), { request: authed(), concurrency: 3, batchSize: 4 });
			const journal = sink().requests();
			expect(journal).toHaveLength(24);
			expect(maxInFlight(journal)).toBe(3);
		});

		it('keeps `concurrency` requests in flight, not `concurrency` batches, when a batch holds many one-record requests', async () => {
			sink().setLatency(25);
			const send = authed();
			let inFlight = 0;
			let most = 0;
			const counting: RequestFn = async (request) => {
				inFlight++;
				most = Math.max(most, inFlight);
				try {
					return await send(request);
				} finally {
					inFlight--;
				}
			};
			// Two batches of 20: counting batches, at most 2 requests would be in flight.
			const out = await syncRecords(people(40), perRecord(), { request: counting, concurrency: 8, batchSize: 20 });
			expect(out.results.every((r) => r.status === 'created')).toBe(true);
			expect(most).toBe(8);
			const journal = sink().requests();
			expect(journal).toHaveLength(40);
			expect(maxInFlight(journal)).toBe(8);
		});

		it('starts at most `requests` per interval, retries included', async () => {
			sink().addFault({ match: { path: '^/api/', every: 4 }, fault: { type: 'status', status: 500 } });
			const out = await syncRecords(people(20), perRecord(), { request: authed(), retry: FAST_RETRY, concurrency: 8, batchSize: 3, rateLimit: { requests: 4, intervalMs: 150 } });
			const journal = sink().requests();
			expect(journal.length).toBeGreaterThan(20);
			expect(out.requests).toBe(journal.length);
			// Arrival times differ from start times by network and scheduling jitter: the window is cut short by a third.
			expect(mostInWindow(journal, 100)).toBeLessThanOrEqual(4);
			expect(out.results.every((r) => r.status === 'created')).toBe(true);
		});
	});
});
