import { auditLedger, type FaultRule } from '../../test/mock-sink';
import { fetchRequest } from '../crm/http/fetchRequest';
import type { CrmRequest, RequestFn } from '../crm/types';
import { recordHash } from './recordHash';
import { restDestination } from './restDestination';
import { FAST_RETRY, memoryCheckpoint, people, useMockSink } from './syncMock.test-helper';
import { syncRecords } from './syncRecords';

const sink = useMockSink({ seed: 20240601 });

/**
 * About 30 % of the requests meet one of these (1 − 0.965⁸ · 0.97² ≈ 0.29), and each kind
 * surely meets one of the first ten requests, so no kind is left out by chance.
 */
function faultMix(path: string): FaultRule[] {
	const kinds: Array<[number, FaultRule['fault']]> = [
		[0.035, { type: 'status', status: 429, retryAfter: 0.01 }],
		[0.035, { type: 'status', status: 429 }],
		[0.035, { type: 'status', status: 500 }],
		[0.035, { type: 'status', status: 503, retryAfter: 0.01 }],
		[0.035, { type: 'status', status: 502, html: true }],
		[0.035, 'reset'],
		[0.035, 'applyThenReset'],
		[0.03, 'hang'],
		[0.03, 'applyThenHang'],
		// Records that fail for now (their own 500) inside an otherwise applied batch.
		[0.035, { type: 'partialBatch', ratio: 0.2 }],
	];
	return [
		...kinds.map(([, fault], at): FaultRule => ({ match: { path, nth: at + 1 }, fault })),
		...kinds.map(([probability, fault]): FaultRule => ({ match: { path, probability }, fault })),
	];
}

/**
 * Rows without `id`, `email` or `_key`, so the sink knows them only by their idempotency key:
 * a retry without the key, or with another one, would be a second insert the audit catches.
 */
const keyless = (n: number) => people(n).map(({ id, email, ...rest }) => ({ ref: id, mail: email, ...rest }));

/** Short timeouts, so hung requests are given up quickly. */
const request = (): RequestFn => fetchRequest({ timeoutMs: 250 });
const destination = () => restDestination({ urlTemplate: `${sink().url}/api/contacts/batch`, mode: 'batch' });

describe('syncRecords through injected faults', () => {
	it('puts 10,000 records at the destination exactly once in effect through ~30 % faults', async () => {
		const rows = keyless(10_000);
		sink().addFault(faultMix('^/api/contacts/batch$'));
		const out = await syncRecords(rows, destination(), { request: request(), retry: FAST_RETRY, batchSize: 50, concurrency: 4 });

		const failed = out.results.filter((r) => r.status !== 'created');
		expect(failed).toEqual([]);
		const ledger = sink().ledger({ collection: 'contacts' });
		const audit = auditLedger(ledger, rows.map((row) => ({ key: recordHash(row), record: row })));
		expect(audit).toEqual({ ok: true, lost: [], doubled: [], stale: [], unexpected: [] });
		expect(ledger.effects).toHaveLength(10_000);
		expect(Object.values(ledger.byKey).every((entry) => entry.count === 1)).toBe(true);
		// Every kind of fault happened, about 30 % of requests met one, and the applied-then-lost were replayed, not applied again.
		const rules = sink().faults();
		for (const rule of rules.slice(0, 10)) expect(rule.hits).toBe(1);
		const { faults, requests } = ledger.stats;
		expect(faults / requests).toBeGreaterThan(0.2);
		expect(faults / requests).toBeLessThan(0.4);
		expect(ledger.stats.replayed).toBeGreaterThan(0);
		expect(out.requests).toBe(requests);
	});

	it('sends one request per record through the same faults, each record once in effect', async () => {
		const rows = keyless(300);
		sink().addFault(faultMix('^/api/leads$'));
		const out = await syncRecords(rows, restDestination({ urlTemplate: `${sink().url}/api/leads` }), { request: request(), retry: FAST_RETRY, concurrency: 6 });
		expect(out.results.filter((r) => r.status !== 'created')).toEqual([]);
		const ledger = sink().ledger({ collection: 'leads' });
		expect(auditLedger(ledger, rows.map((row) => recordHash(row)))).toEqual({ ok: true, lost: [], doubled: [], stale: [], unexpected: [] });
		expect(ledger.stats.replayed).toBeGreaterThan(0);
	});

	it('resumes a run killed midway under faults: exactly once, and nothing before the checkpoint sent again', async () => {
		const rows = keyless(2000);
		sink().addFault(faultMix('^/api/contacts/batch$'));
		// The process dies when half the batches are acknowledged. Batches finish out of order and one
		// save may acknowledge several, so the last checkpoint saved holds somewhat fewer than 40.
		const store = memoryCheckpoint((state) => state.acknowledgedBatches >= 40);
		const options = { retry: FAST_RETRY, batchSize: 25, concurrency: 4, checkpoint: store };
		await expect(syncRecords(rows, destination(), { ...options, request: request() })).rejects.toThrow(/killed/);
		const acknowledged = store.current()?.acknowledgedBatches ?? 0;
		expect(acknowledged).toBeLessThan(40);

		store.kill = undefined;
		const sent: CrmRequest[] = [];
		const send = request();
		const out = await syncRecords(rows, destination(), {
			...options,
			request: async (req) => {
				sent.push(req);
				return send(req);
			},
		});
		expect(out.resumed?.acknowledgedBatches ?? 0).toBe(acknowledged);
		const resent = new Set(sent.flatMap((req) => (req.body as Array<{ ref: string }>).map((record) => record.ref)));
		const before = rows.slice(0, acknowledged * 25).filter((row) => resent.has(String(row.ref)));
		expect(before).toEqual([]);
		expect(resent.size).toBe(2000 - acknowledged * 25);
		expect(out.results.every((r) => r.status === 'created')).toBe(true);
		const ledger = sink().ledger({ collection: 'contacts' });
		expect(auditLedger(ledger, rows.map((row) => recordHash(row)))).toMatchObject({ ok: true });
		expect(ledger.effects).toHaveLength(2000);
	});
});
