import type { Row } from '../../core/record';
import { listRecords } from './listRecords';
import { FAST_RETRY, persons, pipedriveRequest, useMockCrm } from './pipedriveMock.test-helper';

const crm = useMockCrm();
const config = (objectType = 'persons') => ({ baseUrl: crm().url, objectType });
const options = () => ({ request: pipedriveRequest(), retry: FAST_RETRY });
const ids = (rows: Row[]) => rows.map((row) => row.id);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('listRecords (Pipedrive)', () => {
	it('pages API v2 lists by cursor', async () => {
		crm().seed('pipedrive', 'persons', persons(25, 1, ['2024-02-01T00:00:00Z']));
		const rows = await listRecords(config(), { ...options(), pageSize: 10 });
		expect(ids(rows)).toEqual(range(1, 25));
		const calls = crm().journal({ path: '/api/v2/persons$' });
		expect(calls.map((call) => call.query.limit)).toEqual(['10', '10', '10']);
		expect(calls[0].query.cursor).toBeUndefined();
		expect(calls[1].query.cursor).toEqual(expect.any(String));
	});

	it('pages API v1 lists by start/limit', async () => {
		crm().seed('pipedrive', 'persons', persons(12, 1, ['2024-02-01T00:00:00Z']));
		const rows = await listRecords({ ...config(), apiVersion: 'v1' }, { ...options(), pageSize: 5 });
		expect(ids(rows)).toEqual(range(1, 12));
		expect(rows[0]).toMatchObject({ email: [{ value: 'p1@example.com', primary: true }], update_time: '2024-02-01 00:00:00' });
		const calls = crm().journal({ path: '/api/v1/persons$' });
		expect(calls.map((call) => [call.query.start, call.query.limit])).toEqual([['0', '5'], ['5', '5'], ['10', '5']]);
	});

	it('reads an empty v1 list (data: null)', async () => {
		expect(await listRecords({ ...config('organizations'), apiVersion: 'v1' }, options())).toEqual([]);
	});

	it('reports a v1 page that does not move on', async () => {
		crm().seed('pipedrive', 'persons', persons(12, 1, ['2024-02-01T00:00:00Z']));
		crm().addFault({ match: { path: '/api/v1/persons$', nth: 2 }, fault: { type: 'duplicatePage' } });
		await expect(listRecords({ ...config(), apiVersion: 'v1' }, { ...options(), pageSize: 5 })).rejects.toMatchObject({ code: 'REPEATED_PAGE' });
	});

	it('asks for no more records than the limit still needs, and for 500 at most', async () => {
		crm().seed('pipedrive', 'persons', persons(40, 1, ['2024-02-01T00:00:00Z']));
		expect(ids(await listRecords(config(), { ...options(), pageSize: 10, limit: 15 }))).toEqual(range(1, 15));
		expect(crm().journal({ path: 'persons$' }).map((call) => call.query.limit)).toEqual(['10', '5']);
		crm().clearJournal();
		await listRecords(config(), { ...options(), pageSize: 1000 });
		expect(crm().journal({ path: 'persons$' }).map((call) => call.query.limit)).toEqual(['500']);
	});

	it('keeps only the properties asked for, with the id and update time', async () => {
		crm().seed('pipedrive', 'persons', persons(2, 1, ['2024-02-01T00:00:00Z']));
		const rows = await listRecords(config(), { ...options(), properties: ['first_name'] });
		expect(rows[0]).toEqual({ id: 1, update_time: '2024-02-01T00:00:00Z', first_name: 'First1' });
	});

	it('applies filters to the records read', async () => {
		crm().seed('pipedrive', 'deals', [
			{ id: 1, title: 'Small', value: 50, status: 'open' },
			{ id: 2, title: 'Big', value: 5000, status: 'won' },
			{ id: 3, title: 'Bigger', value: 9000, status: 'open' },
		]);
		const read = async (filters: Array<{ field: string; operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains'; value: string }>, limit?: number) =>
			ids(await listRecords(config('deals'), { ...options(), pageSize: 1, filters, limit }));
		expect(await read([{ field: 'status', operator: 'eq', value: 'open' }])).toEqual([1, 3]);
		expect(await read([{ field: 'value', operator: 'gt', value: '100' }])).toEqual([2, 3]);
		expect(await read([{ field: 'title', operator: 'contains', value: 'big' }, { field: 'status', operator: 'neq', value: 'won' }])).toEqual([3]);
		expect(await read([{ field: 'value', operator: 'gte', value: '50' }], 2)).toEqual([1, 2]);
	});

	it('reports a repeated page instead of looping', async () => {
		crm().seed('pipedrive', 'persons', persons(30, 1, ['2024-02-01T00:00:00Z']));
		crm().addFault({ match: { path: 'persons$', nth: 2 }, fault: { type: 'duplicatePage' } });
		await expect(listRecords(config(), { ...options(), pageSize: 10 })).rejects.toMatchObject({ code: 'REPEATED_PAGE' });
	});

	it('retries 429 (with and without Retry-After), 5xx and resets', async () => {
		crm().seed('pipedrive', 'persons', persons(6, 1, ['2024-02-01T00:00:00Z']));
		crm().addFault({ match: { path: 'persons$', nth: 1 }, fault: { type: 'status', status: 429, retryAfter: 1 } });
		crm().addFault({ match: { path: 'persons$', nth: 2 }, fault: { type: 'status', status: 429 } });
		crm().addFault({ match: { path: 'persons$', nth: 3 }, fault: { type: 'status', status: 502 } });
		crm().addFault({ match: { path: 'persons$', nth: 4 }, fault: { type: 'reset' } });
		const delays: number[] = [];
		const rows = await listRecords(config(), { ...options(), retry: { ...FAST_RETRY, maxRetries: 5, onRetry: (info) => delays.push(info.delayMs) } });
		expect(rows).toHaveLength(6);
		expect(delays[0]).toBe(1000);
		expect(delays.slice(1).every((ms) => ms <= 50)).toBe(true);
		const calls = crm().journal({ path: 'persons$' });
		expect(calls.map((call) => call.status)).toEqual([429, 429, 502, 0, 200]);
		expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(1000);
	});

	it('reports malformed JSON clearly', async () => {
		crm().addFault({ match: { path: 'persons$' }, fault: { type: 'malformedJson' } });
		await expect(listRecords(config(), options())).rejects.toMatchObject({ code: 'MALFORMED_JSON' });
	});

	it('treats success:false as an error even with status 200, without showing the token', async () => {
		const body = { success: false, error: 'Scope and URL mismatch', error_info: 'Please check developers.pipedrive.com', data: null };
		crm().addFault({ match: { path: 'persons$' }, fault: { type: 'status', status: 200, body } });
		const error = await listRecords(config(), options()).catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'BAD_REQUEST', status: 200 });
		expect((error as Error).message).toMatch(/^Pipedrive GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/persons failed: HTTP 200 with success:false: Scope and URL mismatch/);
		expect((error as Error).message).not.toContain('pd-test-token');
	});

	it('reports a bad token as AUTH without showing it', async () => {
		const error = await listRecords(config(), { ...options(), request: pipedriveRequest('pd-wrong-secret-987') }).catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'AUTH', status: 401 });
		expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain('pd-wrong-secret-987');
	});
});
