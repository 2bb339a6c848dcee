import type { Row } from '../../core/record';
import type { ChangeCursor } from '../types';
import { FAST_RETRY, killAndResume, persons, pipedriveRequest, reversingTies, useMockCrm } from './pipedriveMock.test-helper';
import { readChangedSince } from './readChangedSince';

const crm = useMockCrm();
const config = (objectType = 'persons') => ({ baseUrl: crm().url, objectType });
const options = () => ({ request: pipedriveRequest(), retry: FAST_RETRY, upperBound: '2024-06-01T00:00:00.000Z' });
const ids = (rows: Row[]) => rows.map((row) => row.id);
const TIMES = ['2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z', '2024-03-03T00:00:00Z', '2024-03-04T00:00:00Z', '2024-03-05T00:00:00Z'];

/** Ids of the mock's records in (update_time, id) order: what a full incremental read must return. */
function expectedOrder(objectType = 'persons'): number[] {
	const records = crm().records('pipedrive', objectType) as Array<{ id: number; update_time: string }>;
	return records
		.slice()
		.sort((a, b) => a.update_time.localeCompare(b.update_time) || a.id - b.id)
		.map((record) => record.id);
}

describe('readChangedSince (Pipedrive)', () => {
	it('reads every record in (update_time, id) order, ties across pages included', async () => {
		crm().seed('pipedrive', 'persons', persons(23, 1, TIMES));
		const checkpoints: ChangeCursor[] = [];
		const result = await readChangedSince(config(), { ...options(), pageSize: 4, onPage: (_rows, cursor) => void checkpoints.push(cursor) });
		expect(ids(result.records)).toEqual(expectedOrder());
		expect(result.cursor).toEqual({ updatedAt: '2024-03-05T00:00:00.000Z', id: '20' });
		// Checkpoints fall only between times: a time's records never straddle two batches.
		expect(checkpoints.map((cursor) => cursor.updatedAt)).toEqual([...new Set(checkpoints.map((cursor) => cursor.updatedAt))]);
	});

	it('keeps (update_time, id) order and safe checkpoints when ties come in any order', async () => {
		crm().seed('pipedrive', 'persons', persons(23, 1, TIMES));
		const request = reversingTies(pipedriveRequest(), (req) => req.qs?.sort_by === 'update_time', 'data', (record) => record.update_time);
		expect(ids((await readChangedSince(config(), { ...options(), request, pageSize: 7 })).records)).toEqual(expectedOrder());
		for (let k = 1; k <= 3; k++) {
			const run = await killAndResume(async (more) => await readChangedSince(config(), { ...options(), request, pageSize: 7, ...more }), k);
			expect([k, ids(run.delivered)]).toEqual([k, expectedOrder()]);
		}
	});

	it('asks for update_time order from the cursor time up to just past the bound', async () => {
		crm().seed('pipedrive', 'persons', persons(3, 1, TIMES));
		await readChangedSince(config(), { ...options(), upperBound: '2024-06-01T00:00:00.500Z', cursor: { updatedAt: '2024-03-01T00:00:00.000Z', id: '1' } });
		const [call] = crm().journal({ path: '/api/v2/persons$' });
		expect(call.query).toMatchObject({ sort_by: 'update_time', sort_direction: 'asc', updated_since: '2024-03-01T00:00:00Z', updated_until: '2024-06-01T00:00:01Z', limit: '500' });
	});

	it('reads only what changed in a second read, including new records sharing the cursor time', async () => {
		crm().seed('pipedrive', 'persons', persons(10, 1, TIMES));
		const first = await readChangedSince(config(), { ...options(), pageSize: 3 });
		expect(first.records).toHaveLength(10);
		crm().seed('pipedrive', 'persons', persons(2, 100, [first.cursor.updatedAt]));
		crm().seed('pipedrive', 'persons', persons(1, 3, ['2024-07-01T00:00:00Z']));
		const later = { ...options(), upperBound: '2024-08-01T00:00:00.000Z', pageSize: 3 };
		const second = await readChangedSince(config(), { ...later, cursor: first.cursor });
		expect(ids(second.records)).toEqual([100, 101, 3]);
		expect(second.cursor).toEqual({ updatedAt: '2024-07-01T00:00:00.000Z', id: '3' });
		const third = await readChangedSince(config(), { ...later, cursor: second.cursor });
		expect(third).toEqual({ records: [], cursor: second.cursor, upperBound: '2024-08-01T00:00:00.000Z' });
	});

	it('resumes from any onPage checkpoint with nothing lost and nothing before it read again', async () => {
		crm().seed('pipedrive', 'persons', persons(23, 1, TIMES));
		for (let k = 1; k <= 4; k++) {
			const run = await killAndResume(async (more) => await readChangedSince(config(), { ...options(), pageSize: 4, ...more }), k);
			expect([k, ids(run.delivered)]).toEqual([k, expectedOrder()]);
		}
	});

	it('reads a tie larger than many pages once, in id order', async () => {
		crm().seed('pipedrive', 'persons', [...persons(3, 1, ['2024-03-01T00:00:00Z']), ...persons(1001, 10, ['2024-03-02T00:00:00Z']), ...persons(3, 2000, ['2024-03-03T00:00:00Z'])]);
		const result = await readChangedSince(config(), { ...options(), pageSize: 100 });
		expect(ids(result.records)).toEqual(expectedOrder());
	});

	it('leaves records changed during the read (after the upper bound) for the next read', async () => {
		crm().setClock('2024-06-01T00:00:00.000Z');
		crm().seed('pipedrive', 'persons', persons(12, 1, TIMES));
		let pages = 0;
		const now = () => new Date(crm().now());
		const first = await readChangedSince(config(), {
			request: pipedriveRequest(),
			retry: FAST_RETRY,
			now,
			pageSize: 4,
			onPage: () => {
				if (++pages !== 1) return;
				crm().advanceClock(60_000);
				crm().seed('pipedrive', 'persons', [
					{ id: 1, first_name: 'Changed1', update_time: crm().now() },
					{ id: 10, first_name: 'Changed10', update_time: crm().now() },
				]);
			},
		});
		expect(first.upperBound).toBe('2024-05-31T23:59:59.999Z');
		expect(ids(first.records)).not.toContain(10);
		expect(ids(first.records).filter((id) => id === 1)).toHaveLength(1);
		crm().advanceClock(1000);
		const second = await readChangedSince(config(), { request: pipedriveRequest(), retry: FAST_RETRY, now, cursor: first.cursor });
		expect(ids(second.records)).toEqual([1, 10]);
		expect(second.records[1]).toMatchObject({ first_name: 'Changed10' });
	});

	it('by default reads up to the last whole second before now, as Pipedrive keeps whole seconds', async () => {
		crm().seed('pipedrive', 'persons', persons(2, 1, ['2024-05-31T23:59:59Z', '2024-06-01T00:00:00Z']));
		const result = await readChangedSince(config(), { request: pipedriveRequest(), retry: FAST_RETRY, now: () => new Date('2024-06-01T00:00:00.400Z') });
		expect(result.upperBound).toBe('2024-05-31T23:59:59.999Z');
		expect(ids(result.records)).toEqual([1]);
		const next = await readChangedSince(config(), { request: pipedriveRequest(), retry: FAST_RETRY, now: () => new Date('2024-06-01T00:00:01.000Z'), cursor: result.cursor });
		expect(ids(next.records)).toEqual([2]);
	});

	it('keeps only the properties asked for, with the id and update time', async () => {
		crm().seed('pipedrive', 'persons', persons(1, 1, TIMES));
		const { records } = await readChangedSince(config(), { ...options(), properties: ['first_name'] });
		expect(records).toEqual([{ id: 1, update_time: '2024-03-01T00:00:00Z', first_name: 'First1' }]);
	});

	it('reads nothing from a cursor past the upper bound', async () => {
		crm().seed('pipedrive', 'persons', persons(3, 1, TIMES));
		const cursor = { updatedAt: '2025-01-01T00:00:00.000Z', id: '1' };
		expect(await readChangedSince(config(), { ...options(), cursor })).toEqual({ records: [], cursor, upperBound: '2024-06-01T00:00:00.000Z' });
		expect(crm().journal()).toHaveLength(0);
	});

	it('refuses objects read through API v1', async () => {
		await expect(readChangedSince({ ...config(), apiVersion: 'v1' }, options())).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(readChangedSince(config('leads'), options())).rejects.toThrow(/only in API v2/);
	});

	it('retries faults mid-read and reports a repeated page', async () => {
		crm().seed('pipedrive', 'persons', persons(12, 1, TIMES));
		crm().addFault({ match: { path: 'persons$', nth: 2 }, fault: { type: 'status', status: 429 } });
		crm().addFault({ match: { path: 'persons$', nth: 4 }, fault: { type: 'status', status: 503 } });
		crm().addFault({ match: { path: 'persons$', nth: 6 }, fault: { type: 'reset' } });
		expect(ids((await readChangedSince(config(), { ...options(), pageSize: 3 })).records)).toEqual(expectedOrder());
		crm().clearFaults();
		crm().addFault({ match: { path: 'persons$', nth: 2 }, fault: { type: 'duplicatePage' } });
		await expect(readChangedSince(config(), { ...options(), pageSize: 3 })).rejects.toMatchObject({ code: 'REPEATED_PAGE' });
	});

	it('fails clearly on malformed JSON after the checkpoints so far', async () => {
		crm().seed('pipedrive', 'persons', persons(12, 1, TIMES));
		crm().addFault({ match: { path: 'persons$', nth: 3 }, fault: { type: 'malformedJson' } });
		const checkpoints: ChangeCursor[] = [];
		const error = await readChangedSince(config(), { ...options(), pageSize: 3, onPage: (_rows, cursor) => void checkpoints.push(cursor) }).catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'MALFORMED_JSON' });
		// Pages: [1,6,11] (time 1, held), [2,7,12] → time 1 out; page 3 fails.
		expect(checkpoints).toEqual([{ updatedAt: '2024-03-01T00:00:00.000Z', id: '11' }]);
	});
});
