import { hubspotRequest, HUBSPOT_TOKEN, useMockCrm } from '../crm/hubspot/hubspotMock.test-helper';
import type { CrmRequest, RequestFn } from '../crm/types';
import { hubspotUpsert } from './hubspotUpsert';
import { FAST_RETRY } from './syncMock.test-helper';
import { syncRecords } from './syncRecords';
import type { SyncItem } from './types';

const crm = useMockCrm();
const now = () => new Date(0);

const contacts = (n: number, first = 0) => Array.from({ length: n }, (_, i) => ({ email: `u${first + i}@example.com`, firstname: `U${first + i}`, lastname: 'Sync' }));
const items = (records: Array<Record<string, unknown>>): SyncItem[] => records.map((record, index) => ({ index, record, key: `key-${index}` }));
const answer = (status: number, body: unknown) => ({ status, headers: {}, body: JSON.stringify(body) });

describe('hubspotUpsert', () => {
	const destination = hubspotUpsert({ baseUrl: 'https://api.hubapi.com/', objectType: 'contacts', idProperty: 'email' });

	it('prepares one batch upsert with the id property, text properties and the key as trace id', () => {
		const prepared = destination.prepare(items([{ email: 'a@b.co', firstname: 'Ada', age: 36, vip: null, tags: ['x'] }]), { now });
		expect(prepared.rejected).toEqual([]);
		expect(prepared.requests).toEqual([
			{
				request: {
					method: 'POST',
					url: 'https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert',
					body: { inputs: [{ idProperty: 'email', id: 'a@b.co', properties: { email: 'a@b.co', firstname: 'Ada', age: '36', vip: '', tags: '["x"]' }, objectWriteTraceId: 'key-0' }] },
				},
				items: [expect.objectContaining({ index: 0 })],
			},
		]);
	});

	it('takes a HubSpot-shaped record’s properties, or only the chosen ones', () => {
		const picked = hubspotUpsert({ objectType: 'contacts', idProperty: 'email', properties: ['email', 'lastname'] });
		const inputs = (records: Array<Record<string, unknown>>, d = destination) => (d.prepare(items(records), { now }).requests[0].request.body as { inputs: Array<{ properties: unknown }> }).inputs;
		expect(inputs([{ id: '51', properties: { email: 'a@b.co', firstname: 'Ada' } }])[0].properties).toEqual({ email: 'a@b.co', firstname: 'Ada' });
		expect(inputs([{ email: 'a@b.co', firstname: 'Ada', lastname: 'L' }], picked)[0].properties).toEqual({ email: 'a@b.co', lastname: 'L' });
	});

	it('turns away records without an id or with an id already in the batch', () => {
		const prepared = destination.prepare(items([{ email: 'a@b.co' }, { firstname: 'No email' }, { email: 'A@B.CO' }]), { now });
		expect(prepared.requests[0].items.map((item) => item.index)).toEqual([0]);
		expect(prepared.rejected.map((r) => [r.item.index, r.error.code])).toEqual([
			[1, 'MISSING_FIELD'],
			[2, 'DUPLICATE_ID'],
		]);
	});

	it('reads `new` as created or updated and matches 207 errors by trace id, input index or id', () => {
		const sent = items([{ email: 'a@b.co' }, { email: 'b@b.co' }, { email: 'c@b.co' }, { email: 'd@b.co' }, { email: 'e@b.co' }]);
		const outcomes = destination.interpret(
			answer(207, {
				status: 'COMPLETE',
				results: [
					{ id: '11', new: false, properties: { email: 'b@b.co' } },
					{ id: '10', new: true, properties: { email: 'a@b.co' } },
				],
				numErrors: 3,
				errors: [
					{ status: 'error', category: 'VALIDATION_ERROR', message: 'Bad phone', context: { ids: ['C@b.co'] } },
					{ status: 'error', category: 'VALIDATION_ERROR', message: 'Bad name', objectWriteTraceId: 'key-3' },
					{ status: 'error', category: 'VALIDATION_ERROR', message: 'Bad input', context: { inputIndex: ['4'] } },
				],
			}),
			sent,
		);
		expect(outcomes.map((o) => [o.status, o.destinationId])).toEqual([
			['created', '10'],
			['updated', '11'],
			['failed', undefined],
			['failed', undefined],
			['failed', undefined],
		]);
		expect(outcomes[2].error).toEqual({ code: 'REJECTED', message: 'HubSpot: Bad phone (VALIDATION_ERROR)' });
		expect(outcomes[3].error?.message).toBe('HubSpot: Bad name (VALIDATION_ERROR)');
	});

	it('fails records the answer says nothing about, with an unplaced error if there is one', () => {
		const outcomes = destination.interpret(answer(207, { results: [], errors: [{ message: 'Something broke', context: {} }] }), items([{ email: 'a@b.co' }]));
		expect(outcomes[0]).toEqual({ status: 'failed', error: { code: 'UNANSWERED', message: 'HubSpot: Something broke' } });
	});

	it('refuses an object type that would change the path', () => {
		expect(() => hubspotUpsert({ objectType: '../owners', idProperty: 'email' })).toThrow(RangeError);
	});

	describe('against the mock CRM', () => {
		it('upserts in batches of 100, tells created from updated, and splits a 207 per record', async () => {
			crm().seed('hubspot', 'contacts', [{ id: '900', properties: { email: 'u5@example.com', firstname: 'Old', lastname: 'Name' } }]);
			crm().addFault({ match: { path: '/batch/upsert$', nth: 1 }, fault: { type: 'partialBatch', indexes: [3] } });
			const rows = contacts(150);
			const options = { request: hubspotRequest(), retry: FAST_RETRY, changeDetection: { previous: {}, keyField: 'email' } };
			const out = await syncRecords(rows, hubspotUpsert({ baseUrl: crm().url, objectType: 'contacts', idProperty: 'email' }), options);
			expect(out.requests).toBe(2);
			expect(out.results[5]).toMatchObject({ status: 'updated', destinationId: '900' });
			expect(out.results[3]).toMatchObject({ status: 'failed', error: { code: 'REJECTED', message: expect.stringContaining('injected failure for input 3') } });
			expect(out.results.filter((r) => r.status === 'created')).toHaveLength(148);
			const stored = crm().records('hubspot', 'contacts');
			expect(stored).toHaveLength(149);
			expect(JSON.stringify(stored)).toContain('"firstname":"U5"');
			// The next run sends only the failed record.
			const again = await syncRecords(rows, hubspotUpsert({ baseUrl: crm().url, objectType: 'contacts', idProperty: 'email' }), { ...options, changeDetection: { previous: out.hashes, keyField: 'email' } });
			expect(again.requests).toBe(1);
			expect(again.results[3].status).toBe('created');
			expect(crm().records('hubspot', 'contacts')).toHaveLength(150);
		});

		it('re-sending the same upsert changes nothing: the upsert is idempotent by its id property', async () => {
			const destination = hubspotUpsert({ baseUrl: crm().url, objectType: 'contacts', idProperty: 'email' });
			await syncRecords(contacts(20), destination, { request: hubspotRequest(), retry: FAST_RETRY });
			const before = crm().records('hubspot', 'contacts');
			const again = await syncRecords(contacts(20), destination, { request: hubspotRequest(), retry: FAST_RETRY });
			expect(again.results.every((r) => r.status === 'updated')).toBe(true);
			expect(crm().records('hubspot', 'contacts')).toEqual(before);
		});

		it('fails the whole batch with HubSpot’s message when the request is refused, and never shows the token', async () => {
			const send: RequestFn = hubspotRequest('pat-wrong-token-3141');
			const out = await syncRecords(contacts(3), hubspotUpsert({ baseUrl: crm().url, objectType: 'contacts', idProperty: 'email' }), { request: send, retry: FAST_RETRY });
			expect(out.results.every((r) => r.status === 'failed' && r.error?.code === 'AUTH')).toBe(true);
			expect(out.results[0].error?.message).toMatch(/^HubSpot POST http:\/\/127\.0\.0\.1:\d+\/crm\/v3\/objects\/contacts\/batch\/upsert failed: HTTP 401/);
			expect(JSON.stringify(out)).not.toContain('pat-wrong-token-3141');
			expect(JSON.stringify(out)).not.toContain(HUBSPOT_TOKEN);
		});

		it('refuses a batch size above HubSpot’s 100', async () => {
			const sent: CrmRequest[] = [];
			await expect(syncRecords(contacts(1), hubspotUpsert({ objectType: 'contacts', idProperty: 'email' }), { request: async (r) => (sent.push(r), answer(200, {})), batchSize: 101 })).rejects.toThrow(
				'Batch size 101 is more than HubSpot takes in one request (100)',
			);
			expect(sent).toEqual([]);
		});
	});
});
