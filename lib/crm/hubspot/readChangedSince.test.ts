import type { Row } from '../../core/record';
import type { ChangeCursor } from '../types';
import { contacts, FAST_RETRY, hubspotRequest, killAndResume, reversingTies, useMockCrm } from './hubspotMock.test-helper';
import { readChangedSince } from './readChangedSince';

const crm = useMockCrm();
const config = (objectType = 'contacts') => ({ baseUrl: crm().url, objectType });
const options = () => ({ request: hubspotRequest(), retry: FAST_RETRY, upperBound: '2024-06-01T00:00:00.000Z' });
const ids = (rows: Row[]) => rows.map((row) => row.id);

interface SearchBody {
	filterGroups: Array<{ filters: Array<{ propertyName: string; operator: string; value: string }> }>;
	sorts: Array<{ propertyName: string; direction: string }>;
	after?: string;
	limit: number;
}
const searches = () => crm().journal({ path: '/search$' }).map((call) => call.body as SearchBody);

/** Ids of the mock's records in (updatedAt, id) order: what a full incremental read must return. */
function expectedOrder(objectType = 'contacts'): string[] {
	const records = crm().records('hubspot', objectType) as Array<{ id: string; updatedAt: string }>;
	return records
		.slice()
		.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || Number(a.id) - Number(b.id))
		.map((record) => record.id);
}

/** Times with ties: 4 records at each of several instants, ids interleaved across times. */
function seedTies(n: number): void {
	const times = ['2024-03-01T00:00:00.000Z', '2024-03-02T00:00:00.000Z', '2024-03-03T00:00:00.000Z', '2024-03-04T00:00:00.000Z', '2024-03-05T00:00:00.000Z'];
	crm().seed('hubspot', 'contacts', contacts(n, 1, times));
}

describe('readChangedSince (HubSpot)', () => {
	it('reads every record in (updatedAt, id) order with a cursor after the last', async () => {
		seedTies(23);
		const result = await readChangedSince(config(), { ...options(), pageSize: 4 });
		expect(ids(result.records)).toEqual(expectedOrder());
		expect(result.cursor).toEqual({ updatedAt: '2024-03-05T00:00:00.000Z', id: '20' });
		expect(result.upperBound).toBe('2024-06-01T00:00:00.000Z');
	});

	it('keeps (updatedAt, id) order and safe checkpoints when search returns ties in any order', async () => {
		seedTies(23);
		const request = reversingTies(
			hubspotRequest(),
			(req) => (req.body as SearchBody).sorts[0].propertyName === 'lastmodifieddate',
			'results',
			(record) => (record.properties as Record<string, unknown>).lastmodifieddate,
		);
		const all = expectedOrder();
		expect(ids((await readChangedSince(config(), { ...options(), request, pageSize: 7 })).records)).toEqual(all);
		for (let k = 1; k <= 5; k++) {
			const run = await killAndResume(async (more) => await readChangedSince(config(), { ...options(), request, pageSize: 7, ...more }), k);
			expect([k, ids(run.delivered)]).toEqual([k, all]);
		}
	});

	it('filters and sorts on lastmodifieddate with epoch-ms values and the upper bound', async () => {
		seedTies(3);
		await readChangedSince(config(), { ...options(), cursor: { updatedAt: '2024-03-01T00:00:00.000Z', id: '1' } });
		const [body] = searches();
		expect(body.sorts).toEqual([{ propertyName: 'lastmodifieddate', direction: 'ASCENDING' }]);
		const upper = String(Date.parse('2024-06-01T00:00:00.000Z'));
		const at = String(Date.parse('2024-03-01T00:00:00.000Z'));
		expect(body.filterGroups).toEqual([
			{ filters: [{ propertyName: 'lastmodifieddate', operator: 'EQ', value: at }, { propertyName: 'hs_object_id', operator: 'GT', value: '1' }] },
			{ filters: [{ propertyName: 'lastmodifieddate', operator: 'GT', value: at }, { propertyName: 'lastmodifieddate', operator: 'LTE', value: upper }] },
		]);
	});

	it('uses hs_lastmodifieddate for other objects', async () => {
		crm().seed('hubspot', 'deals', [{ id: '5', properties: { dealname: 'Big' }, updatedAt: '2024-03-01T00:00:00.000Z' }]);
		const result = await readChangedSince(config('deals'), options());
		expect(ids(result.records)).toEqual(['5']);
		expect(searches()[0].sorts[0].propertyName).toBe('hs_lastmodifieddate');
	});

	it('defaults the upper bound to now, so later changes wait for the next read', async () => {
		crm().seed('hubspot', 'contacts', contacts(2, 1, ['2024-03-01T00:00:00.000Z', '2024-09-01T00:00:00.000Z']));
		const result = await readChangedSince(config(), { request: hubspotRequest(), retry: FAST_RETRY, now: () => new Date('2024-06-01T00:00:00.000Z') });
		expect(ids(result.records)).toEqual(['1']);
		expect(result.upperBound).toBe('2024-06-01T00:00:00.000Z');
	});

	it('reads only what changed in a second read, including new records sharing the cursor time', async () => {
		seedTies(10);
		const first = await readChangedSince(config(), { ...options(), pageSize: 3 });
		expect(first.records).toHaveLength(10);
		// New records at the cursor's own time with higher ids, and changed ones later on.
		crm().seed('hubspot', 'contacts', contacts(2, 100, [first.cursor.updatedAt]));
		crm().seed('hubspot', 'contacts', contacts(1, 3, ['2024-07-01T00:00:00.000Z']));
		const second = await readChangedSince(config(), { ...options(), upperBound: '2024-08-01T00:00:00.000Z', pageSize: 3, cursor: first.cursor });
		expect(ids(second.records)).toEqual(['100', '101', '3']);
		expect(second.cursor).toEqual({ updatedAt: '2024-07-01T00:00:00.000Z', id: '3' });
		const third = await readChangedSince(config(), { ...options(), upperBound: '2024-08-01T00:00:00.000Z', cursor: second.cursor });
		expect(third.records).toEqual([]);
		expect(third.cursor).toEqual(second.cursor);
	});

	it('resumes from any onPage checkpoint with nothing lost and nothing before it read again', async () => {
		seedTies(23);
		const all = expectedOrder();
		for (let k = 1; k <= 6; k++) {
			const run = await killAndResume(async (more) => await readChangedSince(config(), { ...options(), pageSize: 4, ...more }), k);
			expect([k, ids(run.delivered)]).toEqual([k, all]);
		}
	});

	it('reads 10,001 contacts sharing one timestamp exactly once, never paging a search past 10,000', async () => {
		const tie = '2024-04-01T00:00:00.000Z';
		crm().seed('hubspot', 'contacts', [
			...contacts(5, 1, ['2024-03-01T00:00:00.000Z']),
			...contacts(10_001, 6, [tie]),
			...contacts(5, 20_000, ['2024-05-01T00:00:00.000Z']),
		]);
		let checkpoints = 0;
		const result = await readChangedSince(config(), {
			...options(),
			onPage: (_rows, cursor) => {
				checkpoints++;
				expect(Date.parse(cursor.updatedAt)).toBeLessThanOrEqual(Date.parse('2024-05-01T00:00:00.000Z'));
			},
		});
		expect(result.records).toHaveLength(10_011);
		expect(ids(result.records)).toEqual(expectedOrder());
		expect(checkpoints).toBeGreaterThan(50);
		const bodies = searches();
		expect(bodies.every((body) => body.after === undefined || Number(body.after) + body.limit <= 10_000)).toBe(true);
		expect(crm().journal({ path: '/search$' }).every((call) => call.status === 200)).toBe(true);
		// The tie is read in id-ordered windows.
		expect(bodies.some((body) => body.sorts[0].propertyName === 'hs_object_id')).toBe(true);
	});

	it('resumes inside a 10,001-record tie from its checkpoint', async () => {
		crm().seed('hubspot', 'contacts', contacts(10_001, 1, ['2024-04-01T00:00:00.000Z']));
		const run = await killAndResume(async (more) => await readChangedSince(config(), { ...options(), ...more }), 20);
		expect(run.checkpoint).toEqual({ updatedAt: '2024-04-01T00:00:00.000Z', id: '4000' });
		expect(ids(run.resumed)[0]).toBe('4001');
		expect(ids(run.delivered)).toEqual(expectedOrder());
	});

	it('leaves records changed during the read (after the upper bound) for the next read', async () => {
		crm().setClock('2024-06-01T00:00:00.000Z');
		seedTies(12);
		let pages = 0;
		const first = await readChangedSince(config(), {
			request: hubspotRequest(),
			retry: FAST_RETRY,
			now: () => new Date(crm().now()),
			pageSize: 4,
			onPage: () => {
				if (++pages !== 1) return;
				// During the read: one record already read and one not yet read change.
				crm().advanceClock(60_000);
				crm().seed('hubspot', 'contacts', [
					{ id: '1', properties: { email: 'changed1@example.com' }, updatedAt: crm().now() },
					{ id: '10', properties: { email: 'changed10@example.com' }, updatedAt: crm().now() },
				]);
			},
		});
		expect(first.upperBound).toBe('2024-06-01T00:00:00.000Z');
		expect(ids(first.records)).not.toContain('10');
		expect(ids(first.records).filter((id) => id === '1')).toHaveLength(1);
		const second = await readChangedSince(config(), { request: hubspotRequest(), retry: FAST_RETRY, now: () => new Date(crm().now()), cursor: first.cursor });
		expect(ids(second.records)).toEqual(['1', '10']);
		expect(second.records[1]).toMatchObject({ properties: { email: 'changed10@example.com' } });
	});

	it('reads nothing from a cursor past the upper bound', async () => {
		seedTies(3);
		const cursor = { updatedAt: '2025-01-01T00:00:00.000Z', id: '1' };
		const result = await readChangedSince(config(), { ...options(), cursor });
		expect(result).toEqual({ records: [], cursor, upperBound: '2024-06-01T00:00:00.000Z' });
		expect(crm().journal()).toHaveLength(0);
	});

	it('waits out the search rate limit (429 SECONDLY with Retry-After)', async () => {
		crm().configure({ hubspot: { searchRateLimit: { max: 3, windowMs: 1000 } } });
		crm().seed('hubspot', 'contacts', contacts(5, 1, ['2024-03-01T00:00:00.000Z', '2024-03-02T00:00:00.000Z', '2024-03-03T00:00:00.000Z', '2024-03-04T00:00:00.000Z', '2024-03-05T00:00:00.000Z']));
		const result = await readChangedSince(config(), { ...options(), pageSize: 2 });
		expect(ids(result.records)).toEqual(expectedOrder());
		const statuses = crm().journal({ path: '/search$' }).map((call) => call.status);
		expect(statuses).toContain(429);
	});

	it('retries a 429 without Retry-After, a 5xx and a reset mid-read', async () => {
		seedTies(12);
		crm().addFault({ match: { path: '/search$', nth: 2 }, fault: { type: 'status', status: 429 } });
		crm().addFault({ match: { path: '/search$', nth: 4 }, fault: { type: 'status', status: 500 } });
		crm().addFault({ match: { path: '/search$', nth: 6 }, fault: { type: 'reset' } });
		const result = await readChangedSince(config(), { ...options(), pageSize: 3 });
		expect(ids(result.records)).toEqual(expectedOrder());
	});

	it('fails clearly on malformed JSON, keeping the checkpoints given so far', async () => {
		seedTies(12);
		// Searches: 1 main (a full page of one time), 2 its id window, 3 main, 4 window, 5 main.
		crm().addFault({ match: { path: '/search$', nth: 5 }, fault: { type: 'malformedJson' } });
		const checkpoints: ChangeCursor[] = [];
		const error = await readChangedSince(config(), { ...options(), pageSize: 3, onPage: (_rows, cursor) => void checkpoints.push(cursor) }).catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'MALFORMED_JSON' });
		expect((error as Error).message).toMatch(/^HubSpot POST .*\/crm\/v3\/objects\/contacts\/search returned malformed JSON/);
		expect(checkpoints).toEqual([
			{ updatedAt: '2024-03-01T00:00:00.000Z', id: '11' },
			{ updatedAt: '2024-03-02T00:00:00.000Z', id: '12' },
		]);
	});

	it('reports a repeated page instead of taking it for the last one or looping', async () => {
		// Searches: 1 main, 2 window, 3 main, 4 window, 5–7 main. (A replay of search 3 as search 4
		// holds exactly the records window 4 asks for, so that one is rightly taken as it is.)
		for (const nth of [3, 5, 6, 7]) {
			crm().reset();
			seedTies(12);
			crm().addFault({ match: { path: '/search$', nth }, fault: { type: 'duplicatePage' } });
			await expect(readChangedSince(config(), { ...options(), pageSize: 3 })).rejects.toMatchObject({ code: 'REPEATED_PAGE' });
		}
	});

	it('refuses a cursor that is not a HubSpot position', async () => {
		await expect(readChangedSince(config(), { ...options(), cursor: { updatedAt: 'yesterday', id: '1' } })).rejects.toThrow(RangeError);
		await expect(readChangedSince(config(), { ...options(), cursor: { updatedAt: '2024-01-01T00:00:00Z', id: 'abc' } })).rejects.toThrow('not a HubSpot record id');
		await expect(readChangedSince(config(), { ...options(), upperBound: 'soon' })).rejects.toThrow(RangeError);
	});
});
