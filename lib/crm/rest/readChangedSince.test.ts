import type { Row } from '../../core/record';
import { authedRequest, FAST_RETRY, restCalls, useMockCrm } from '../http/httpMock.test-helper';
import type { ChangeCursor } from '../types';
import { readChangedSince } from './readChangedSince';
import { mockConfig, STYLES } from './restMock.test-helper';
import type { RestConfig } from './types';

const at = (minute: number, second = 0) => new Date(Date.UTC(2024, 0, 1, 0, minute, second)).toISOString();

describe('readChangedSince (against the mock CRM)', () => {
	const { crm } = useMockCrm();
	const ids = (records: Row[]) => records.map((record) => record.id);
	const incremental = (style: Parameters<typeof mockConfig>[1] = 'cursor'): RestConfig => ({ ...mockConfig(crm().url, style), updatedSinceParam: 'updated_since' });

	it('returns records in (updatedAt, id) order whatever order the pages come in', async () => {
		crm().seed('rest', 'contacts', [
			{ id: 1, updated_at: at(5) },
			{ id: 2, updated_at: at(1) },
			{ id: 3, updated_at: at(3) },
			{ id: 10, updated_at: at(3) },
			{ id: 9, updated_at: at(3) },
		]);
		const result = await readChangedSince(incremental(), { request: authedRequest(), upperBound: at(10) });
		expect(ids(result.records)).toEqual([2, 3, 9, 10, 1]);
		expect(result.cursor).toEqual({ updatedAt: at(5), id: '1' });
		expect(result.upperBound).toBe(at(10));
		// Without a cursor there is nothing to filter on: the first read is a full one.
		expect(restCalls(crm()).every((call) => call.query.updated_since === undefined)).toBe(true);
	});

	it.each(STYLES)('two sequential reads in the %s style: the second returns only what changed after the first, ties included', async (style) => {
		crm().seed('rest', 'contacts', [
			{ id: 1, updated_at: at(1) },
			{ id: 2, updated_at: at(2) },
			{ id: 3, updated_at: at(2) },
			{ id: 4, updated_at: at(3) },
			{ id: 5, updated_at: at(9) },
		]);
		const config = incremental(style);
		const first = await readChangedSince(config, { request: authedRequest(), upperBound: at(3) });
		expect(ids(first.records)).toEqual([1, 2, 3, 4]);
		expect(first.cursor).toEqual({ updatedAt: at(3), id: '4' });

		// Changes after the first read: one on the cursor's own timestamp (higher id), one later, one changed record.
		crm().seed('rest', 'contacts', [
			{ id: 6, updated_at: at(3) },
			{ id: 7, updated_at: at(4) },
			{ id: 2, updated_at: at(4) },
		]);
		crm().clearJournal();
		const second = await readChangedSince(config, { request: authedRequest(), cursor: first.cursor, upperBound: at(8) });
		expect(ids(second.records)).toEqual([6, 2, 7]);
		expect(second.records.every((record) => String(record.updated_at) >= first.cursor.updatedAt)).toBe(true);
		expect(second.cursor).toEqual({ updatedAt: at(4), id: '7' });
		// The server filter gets the cursor's time (inclusive), so tied records are sent and sorted out here.
		expect(restCalls(crm())[0].query.updated_since).toBe(at(3));

		const third = await readChangedSince(config, { request: authedRequest(), cursor: second.cursor, upperBound: at(10) });
		expect(ids(third.records)).toEqual([5]);
	});

	it('never loses records sharing one timestamp, ordering their ids as numbers', async () => {
		const tied = Array.from({ length: 25 }, (_, index) => ({ id: index + 1, updated_at: at(2) }));
		crm().seed('rest', 'contacts', tied);
		const config = incremental('page');
		const cursor: ChangeCursor = { updatedAt: at(2), id: '9' };
		const result = await readChangedSince(config, { request: authedRequest(), cursor, upperBound: at(3) });
		expect(ids(result.records)).toEqual(Array.from({ length: 16 }, (_, index) => index + 10));
		expect(result.cursor).toEqual({ updatedAt: at(2), id: '25' });
	});

	it('leaves records after the upper bound for the next read', async () => {
		crm().seed('rest', 'contacts', [
			{ id: 1, updated_at: at(1) },
			{ id: 2, updated_at: at(6) },
		]);
		const config = incremental();
		const first = await readChangedSince(config, { request: authedRequest(), now: () => new Date(at(5)) });
		expect(ids(first.records)).toEqual([1]);
		expect(first.upperBound).toBe(at(5));
		const second = await readChangedSince(config, { request: authedRequest(), cursor: first.cursor, upperBound: at(7) });
		expect(ids(second.records)).toEqual([2]);
	});

	it('reads everything and filters here when the API has no updated-since parameter', async () => {
		crm().seed('rest', 'contacts', [
			{ id: 1, updated_at: at(1) },
			{ id: 2, updated_at: at(2) },
			{ id: 3, updated_at: at(3) },
		]);
		const result = await readChangedSince(mockConfig(crm().url, 'offset'), { request: authedRequest(), cursor: { updatedAt: at(1), id: '1' }, upperBound: at(9) });
		expect(ids(result.records)).toEqual([2, 3]);
		expect(restCalls(crm()).map((call) => call.query.updated_since)).toEqual([undefined, undefined, undefined]);
	});

	it('keeps the old cursor when nothing changed, and reads nothing from a cursor in the future', async () => {
		crm().seed('rest', 'contacts', [{ id: 1, updated_at: at(1) }]);
		const cursor = { updatedAt: at(1), id: '1' };
		expect(await readChangedSince(incremental(), { request: authedRequest(), cursor, upperBound: at(9) })).toEqual({ records: [], cursor, upperBound: at(9) });
		const future = { updatedAt: '2030-01-01T00:00:00.000Z', id: '' };
		expect((await readChangedSince(incremental('link'), { request: authedRequest(), cursor: future, upperBound: at(9) })).records).toEqual([]);
	});

	it('starts from the epoch when there is no cursor and nothing to read', async () => {
		const result = await readChangedSince(incremental(), { request: authedRequest(), upperBound: at(9) });
		expect(result.cursor).toEqual({ updatedAt: '1970-01-01T00:00:00.000Z', id: '' });
	});

	it('hands out batches with checkpoints that each resume without a gap', async () => {
		crm().seed('rest', 'contacts', Array.from({ length: 9 }, (_, index) => ({ id: index + 1, updated_at: at(1 + Math.floor(index / 3)) })));
		const config = incremental('nexturl');
		const batches: Array<{ ids: unknown[]; cursor: ChangeCursor }> = [];
		const all = await readChangedSince(config, { request: authedRequest(), upperBound: at(9), pageSize: 4, onPage: (records, cursor) => void batches.push({ ids: ids(records), cursor }) });
		expect(batches.map((batch) => batch.ids)).toEqual([
			[1, 2, 3, 4],
			[5, 6, 7, 8],
			[9],
		]);
		expect(batches.map((batch) => batch.cursor)).toEqual([
			{ updatedAt: at(2), id: '4' },
			{ updatedAt: at(3), id: '8' },
			{ updatedAt: at(3), id: '9' },
		]);
		// A run killed after any batch and resumed from its checkpoint reads exactly the rest.
		let done: unknown[] = [];
		for (const batch of batches) {
			done = [...done, ...batch.ids];
			const rest = await readChangedSince(config, { request: authedRequest(), cursor: batch.cursor, upperBound: all.upperBound });
			expect([...done, ...ids(rest.records)]).toEqual(ids(all.records));
		}
	});

	it('keeps a record listed on two pages once', async () => {
		crm().seed('rest', 'contacts', [
			{ id: 1, updated_at: at(1) },
			{ id: 2, updated_at: at(2) },
			{ id: 3, updated_at: at(3) },
		]);
		const overlap = { data: [{ id: 2, updated_at: at(2) }, { id: 3, updated_at: at(3) }], next_cursor: null };
		crm().addFault({ match: { personality: 'rest', nth: 2 }, fault: { type: 'status', status: 200, body: overlap } });
		const result = await readChangedSince(incremental(), { request: authedRequest(), upperBound: at(9) });
		expect(ids(result.records)).toEqual([1, 2, 3]);
	});

	it('survives faults in the middle of the read', async () => {
		crm().seed('rest', 'contacts', Array.from({ length: 6 }, (_, index) => ({ id: index + 1, updated_at: at(index + 1) })));
		crm().addFault({ match: { personality: 'rest', nth: 2 }, fault: { type: 'status', status: 429, retryAfter: 0 } });
		crm().addFault({ match: { personality: 'rest', nth: 3 }, fault: 'malformedJson' });
		crm().addFault({ match: { personality: 'rest', nth: 4 }, fault: 'hang' });
		const result = await readChangedSince(incremental(), { request: authedRequest('bearer', 100), retry: FAST_RETRY, upperBound: at(9) });
		expect(ids(result.records)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('stops with REPEATED_PAGE instead of looping', async () => {
		crm().seed('rest', 'contacts', Array.from({ length: 6 }, (_, index) => ({ id: index + 1, updated_at: at(index + 1) })));
		crm().addFault({ match: { personality: 'rest', nth: 2 }, fault: 'duplicatePage' });
		await expect(readChangedSince(incremental(), { request: authedRequest(), upperBound: at(9) })).rejects.toMatchObject({ code: 'REPEATED_PAGE' });
	});

	it('names the field when a record has no readable updated-at or id', async () => {
		crm().seed('rest', 'contacts', [{ id: 1, updated_at: at(1) }]);
		await expect(readChangedSince({ ...incremental(), updatedAtField: 'modified' }, { request: authedRequest(), upperBound: at(9) })).rejects.toThrow(
			'REST CRM: record 1 on page 1 has no readable date at "modified" (found nothing); check the updated-at field',
		);
		await expect(readChangedSince({ ...incremental(), idField: 'uuid' }, { request: authedRequest(), upperBound: at(9) })).rejects.toThrow(/no usable id at "uuid"/);
	});

	it('refuses an unreadable upper bound or cursor', async () => {
		await expect(readChangedSince(incremental(), { request: authedRequest(), upperBound: 'later' })).rejects.toThrow(/upperBound "later"/);
		await expect(readChangedSince(incremental(), { request: authedRequest(), cursor: { updatedAt: 'x', id: '' } })).rejects.toThrow(/cursor's updatedAt "x"/);
	});
});
