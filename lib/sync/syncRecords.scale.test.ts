import type { RequestFn } from '../crm/types';
import type { CheckpointProgress } from './checkpointProgress';
import { restDestination } from './restDestination';
import { people } from './syncMock.test-helper';
import { syncRecords } from './syncRecords';
import type { CheckpointStore } from './types';

/** What the engine did per record, counted through the real functions. */
const work = { hashed: 0, acknowledgeCalls: 0, acknowledged: 0, snapshots: 0, copied: 0 };

jest.mock('./recordHash', () => {
	const actual = jest.requireActual<typeof import('./recordHash')>('./recordHash');
	return {
		recordHash: (...args: Parameters<typeof actual.recordHash>) => {
			work.hashed++;
			return actual.recordHash(...args);
		},
	};
});

jest.mock('./checkpointProgress', () => {
	const actual = jest.requireActual<typeof import('./checkpointProgress')>('./checkpointProgress');
	return {
		checkpointProgress: (...args: Parameters<typeof actual.checkpointProgress>): CheckpointProgress => {
			const progress = actual.checkpointProgress(...args);
			return {
				get acknowledgedBatches() {
					return progress.acknowledgedBatches;
				},
				acknowledge(outcomes) {
					work.acknowledgeCalls++;
					work.acknowledged += outcomes.length;
					progress.acknowledge(outcomes);
				},
				snapshot() {
					const state = progress.snapshot();
					work.snapshots++;
					// A snapshot copies every id and error so far: the one cost here that grows with the run.
					work.copied += (state.ids?.length ?? 0) + Object.keys(state.errors ?? {}).length;
					return state;
				},
			};
		},
	};
});

/** Answers at once, with an id: no network, so what is left is the engine's own work. */
const instant: RequestFn = async (request) => ({ status: 201, headers: {}, body: JSON.stringify({ id: `d-${request.url.slice(request.url.lastIndexOf('/') + 1)}` }) });
const destination = restDestination({ method: 'PUT', urlTemplate: 'https://sink.invalid/api/contacts/{{id}}' });
const options = { request: instant, batchSize: 100, concurrency: 64, changeDetection: { previous: {}, keyField: 'id' } };

async function run(n: number, checkpoint?: CheckpointStore): Promise<{ ms: number; failed: number; requests: number }> {
	for (const name of Object.keys(work) as Array<keyof typeof work>) work[name] = 0;
	const rows = people(n);
	const start = performance.now();
	const out = await syncRecords(rows, destination, { ...options, ...(checkpoint === undefined ? {} : { checkpoint }) });
	return { ms: performance.now() - start, failed: out.results.filter((r) => r.status !== 'created').length, requests: out.requests };
}

describe('syncRecords at scale (no network)', () => {
	it('does a fixed amount of work per record for 100,000 records: one hash each, bookkeeping appended in place', async () => {
		const small = await run(10_000);
		expect(work).toEqual({ hashed: 10_000, acknowledgeCalls: 100, acknowledged: 10_000, snapshots: 0, copied: 0 });

		const large = await run(100_000);
		expect(large).toMatchObject({ failed: 0, requests: 100_000 });
		// Each record hashed once (change detection and idempotency key share it), each batch
		// acknowledged once, and nothing copied: without a checkpoint store there is nothing to save.
		expect(work).toEqual({ hashed: 100_000, acknowledgeCalls: 1000, acknowledged: 100_000, snapshots: 0, copied: 0 });
		// For the reader only (timings vary with the machine's load): linear work gives a ratio near 10.
		console.log(`syncRecords without network: 10,000 records ${small.ms.toFixed(0)} ms, 100,000 records ${large.ms.toFixed(0)} ms, ratio ${(large.ms / small.ms).toFixed(1)} (linear ≈ 10)`);
	});

	it('with a checkpoint store, copies the checkpoint once per save, not per batch', async () => {
		let saves = 0;
		const store: CheckpointStore = { load: async () => undefined, save: async () => void saves++ };
		await run(10_000, store);
		expect(work.acknowledgeCalls).toBe(100);
		// One snapshot per save (the last one marks the run complete); a save may cover several batches.
		expect(work.snapshots).toBe(saves);
		expect(saves).toBeLessThanOrEqual(101);
	});
});
