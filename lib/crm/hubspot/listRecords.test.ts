import { CrmApiError } from '../http/CrmApiError';
import { contacts, FAST_RETRY, hubspotRequest, useMockCrm } from './hubspotMock.test-helper';
import { listRecords } from './listRecords';

const crm = useMockCrm();
const config = () => ({ baseUrl: crm().url, objectType: 'contacts' });
const options = () => ({ request: hubspotRequest(), retry: FAST_RETRY });
const ids = (rows: Array<Record<string, unknown>>) => rows.map((row) => row.id);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

describe('listRecords (HubSpot)', () => {
	it('pages through every record with `after`, in id order', async () => {
		crm().seed('hubspot', 'contacts', contacts(25, 1, ['2024-02-01T00:00:00.000Z']));
		const rows = await listRecords(config(), { ...options(), pageSize: 10 });
		expect(ids(rows)).toEqual(range(1, 25));
		const calls = crm().journal({ path: '/crm/v3/objects/contacts$' });
		expect(calls.map((call) => call.query.limit)).toEqual(['10', '10', '10']);
		expect(calls[0].query.after).toBeUndefined();
		expect(calls[1].query.after).toBeDefined();
	});

	it('asks for no more records than the limit still needs', async () => {
		crm().seed('hubspot', 'contacts', contacts(40, 1, ['2024-02-01T00:00:00.000Z']));
		const rows = await listRecords(config(), { ...options(), pageSize: 10, limit: 15 });
		expect(ids(rows)).toEqual(range(1, 15));
		expect(crm().journal({ path: '/crm/v3/objects/contacts$' }).map((call) => call.query.limit)).toEqual(['10', '5']);
		expect(await listRecords(config(), { ...options(), limit: 0 })).toEqual([]);
	});

	it('clamps the page size to the list endpoint maximum of 100', async () => {
		crm().seed('hubspot', 'contacts', contacts(150, 1, ['2024-02-01T00:00:00.000Z']));
		const rows = await listRecords(config(), { ...options(), pageSize: 500 });
		expect(rows).toHaveLength(150);
		expect(crm().journal({ path: '/crm/v3/objects/contacts$' }).map((call) => call.query.limit)).toEqual(['100', '100']);
	});

	it('reads the properties asked for', async () => {
		crm().seed('hubspot', 'contacts', contacts(2, 1, ['2024-02-01T00:00:00.000Z']));
		const rows = await listRecords(config(), { ...options(), properties: ['email', ' phone '] });
		expect(crm().journal({ path: 'contacts$' })[0].query.properties).toBe('email,phone');
		expect(rows[0].properties).toMatchObject({ email: 'c1@example.com', phone: '+15550001' });
		expect(rows[0].properties).not.toHaveProperty('firstname');
	});

	it('uses the search endpoint for filters, paging by id instead of by offset', async () => {
		crm().seed('hubspot', 'contacts', [
			...contacts(7, 1, ['2024-02-01T00:00:00.000Z']).map((row, i) => ({ ...row, lifecyclestage: i % 2 === 0 ? 'lead' : 'customer' })),
		]);
		const rows = await listRecords(config(), { ...options(), pageSize: 2, filters: [{ field: 'lifecyclestage', operator: 'eq', value: 'lead' }] });
		expect(ids(rows)).toEqual(['1', '3', '5', '7']);
		const bodies = crm()
			.journal({ path: '/search$' })
			.map((call) => call.body as { filterGroups: Array<{ filters: unknown[] }>; after?: string; limit: number });
		expect(bodies).toHaveLength(2);
		expect(bodies.every((body) => body.after === undefined && body.limit === 2)).toBe(true);
		expect(bodies[1].filterGroups[0].filters).toEqual([
			{ propertyName: 'lifecyclestage', operator: 'EQ', value: 'lead' },
			{ propertyName: 'hs_object_id', operator: 'GT', value: '3' },
		]);
	});

	it('maps every filter operator', async () => {
		crm().seed('hubspot', 'contacts', contacts(6, 1, ['2024-02-01T00:00:00.000Z']).map((row, i) => ({ ...row, external_id: String(i * 10) })));
		const read = async (operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains', value: string, field = 'external_id') =>
			ids(await listRecords(config(), { ...options(), filters: [{ field, operator, value }] }));
		expect(await read('eq', '20')).toEqual(['3']);
		expect(await read('neq', '20')).toEqual(['1', '2', '4', '5', '6']);
		expect(await read('gt', '30')).toEqual(['5', '6']);
		expect(await read('gte', '30')).toEqual(['4', '5', '6']);
		expect(await read('lt', '10')).toEqual(['1']);
		expect(await read('lte', '10')).toEqual(['1', '2']);
		expect(await read('contains', 'c4', 'email')).toEqual(['4']);
	});

	it('reads more than 10,000 filtered records without paging a search beyond 10,000', async () => {
		crm().seed('hubspot', 'contacts', contacts(10_050, 1, ['2024-02-01T00:00:00.000Z']).map((row) => ({ ...row, lifecyclestage: 'lead' })));
		const rows = await listRecords(config(), { ...options(), filters: [{ field: 'lifecyclestage', operator: 'eq', value: 'lead' }] });
		expect(new Set(ids(rows)).size).toBe(10_050);
		const searches = crm().journal({ path: '/search$' });
		expect(searches.every((call) => (call.body as { after?: string }).after === undefined)).toBe(true);
		expect(searches.every((call) => call.status === 200)).toBe(true);
	});

	it('stops at a limit with filters too', async () => {
		crm().seed('hubspot', 'contacts', contacts(10, 1, ['2024-02-01T00:00:00.000Z']).map((row) => ({ ...row, lifecyclestage: 'lead' })));
		const rows = await listRecords(config(), { ...options(), limit: 3, pageSize: 2, filters: [{ field: 'lifecyclestage', operator: 'eq', value: 'lead' }] });
		expect(ids(rows)).toEqual(['1', '2', '3']);
		expect(crm().journal({ path: '/search$' }).map((call) => (call.body as { limit: number }).limit)).toEqual([2, 1]);
	});

	it('reports a repeated page instead of looping', async () => {
		crm().seed('hubspot', 'contacts', contacts(30, 1, ['2024-02-01T00:00:00.000Z']));
		crm().addFault({ match: { path: '/crm/v3/objects/contacts$', nth: 2 }, fault: { type: 'duplicatePage' } });
		await expect(listRecords(config(), { ...options(), pageSize: 10 })).rejects.toMatchObject({ code: 'REPEATED_PAGE' });
	});

	it('reports a repeated search page instead of looping', async () => {
		crm().seed('hubspot', 'contacts', contacts(30, 1, ['2024-02-01T00:00:00.000Z']).map((row) => ({ ...row, lifecyclestage: 'lead' })));
		crm().addFault({ match: { path: '/search$', nth: 2 }, fault: { type: 'duplicatePage' } });
		const filters = [{ field: 'lifecyclestage', operator: 'eq' as const, value: 'lead' }];
		await expect(listRecords(config(), { ...options(), pageSize: 10, filters })).rejects.toMatchObject({ code: 'REPEATED_PAGE' });
	});

	it('waits as long as Retry-After says on a 429', async () => {
		crm().seed('hubspot', 'contacts', contacts(3, 1, ['2024-02-01T00:00:00.000Z']));
		crm().addFault({ match: { path: 'contacts$', nth: 1 }, fault: { type: 'status', status: 429, retryAfter: 1 } });
		const delays: number[] = [];
		const rows = await listRecords(config(), { ...options(), retry: { ...FAST_RETRY, onRetry: (info) => delays.push(info.delayMs) } });
		expect(rows).toHaveLength(3);
		expect(delays).toEqual([1000]);
		const [limited, retried] = crm().journal({ path: 'contacts$' });
		expect(limited.status).toBe(429);
		expect(retried.at - limited.at).toBeGreaterThanOrEqual(1000);
	});

	it('backs off (capped, jittered) on a 429 without Retry-After', async () => {
		crm().seed('hubspot', 'contacts', contacts(3, 1, ['2024-02-01T00:00:00.000Z']));
		crm().addFault({ match: { path: 'contacts$', nth: [1, 2] }, fault: { type: 'status', status: 429 } });
		const delays: number[] = [];
		const rows = await listRecords(config(), { ...options(), retry: { ...FAST_RETRY, onRetry: (info) => delays.push(info.delayMs) } });
		expect(rows).toHaveLength(3);
		expect(delays).toHaveLength(2);
		expect(delays.every((ms) => ms >= 0 && ms <= 50)).toBe(true);
	});

	it('retries 5xx, a proxy error page and a reset connection', async () => {
		crm().seed('hubspot', 'contacts', contacts(3, 1, ['2024-02-01T00:00:00.000Z']));
		crm().addFault({ match: { path: 'contacts$', nth: 1 }, fault: { type: 'status', status: 500 } });
		crm().addFault({ match: { path: 'contacts$', nth: 2 }, fault: { type: 'status', status: 502 } });
		crm().addFault({ match: { path: 'contacts$', nth: 3 }, fault: { type: 'reset' } });
		expect(await listRecords(config(), options())).toHaveLength(3);
		expect(crm().journal({ path: 'contacts$' }).map((call) => call.status)).toEqual([500, 502, 0, 200]);
	});

	it('gives up after the retries with a clear error', async () => {
		crm().addFault({ match: { path: 'contacts$' }, fault: { type: 'status', status: 503 } });
		const error = await listRecords(config(), options()).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CrmApiError);
		expect(error).toMatchObject({ code: 'SERVER_ERROR', retryable: true });
		expect((error as Error).message).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/crm\/v3\/objects\/contacts failed after 4 attempts: HTTP 503/);
		expect(crm().journal({ path: 'contacts$' })).toHaveLength(4);
	});

	it('reports malformed JSON clearly', async () => {
		crm().seed('hubspot', 'contacts', contacts(3, 1, ['2024-02-01T00:00:00.000Z']));
		crm().addFault({ match: { path: 'contacts$' }, fault: { type: 'malformedJson' } });
		const error = await listRecords(config(), options()).catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'MALFORMED_JSON' });
		expect((error as Error).message).toMatch(/^HubSpot GET .*\/crm\/v3\/objects\/contacts returned malformed JSON/);
	});

	it('reports a bad token as AUTH without showing the token', async () => {
		const error = await listRecords(config(), { ...options(), request: hubspotRequest('pat-wrong-secret-123') }).catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'AUTH', status: 401 });
		expect((error as Error).message).toContain('Authentication credentials not found');
		expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain('pat-wrong-secret-123');
	});
});
