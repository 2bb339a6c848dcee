import { CLIENT_SECRET, mockSession, useSalesforceMock } from '../crm/salesforce/salesforceMock.test-helper';
import { salesforceUpsert } from './salesforceUpsert';
import { FAST_RETRY } from './syncMock.test-helper';
import { syncRecords } from './syncRecords';
import type { SyncItem } from './types';

const crm = useSalesforceMock();
const now = () => new Date(0);

const contacts = (n: number, first = 0) => Array.from({ length: n }, (_, i) => ({ Ext_Id__c: `X-${first + i}`, LastName: `Sync${first + i}`, Email: `s${first + i}@example.com` }));
const items = (records: Array<Record<string, unknown>>): SyncItem[] => records.map((record, index) => ({ index, record, key: `key-${index}` }));
const answer = (body: unknown) => ({ status: 200, headers: {}, body: JSON.stringify(body) });

describe('salesforceUpsert', () => {
	const destination = salesforceUpsert({ apiVersion: '60.0', objectType: 'Contact', externalIdField: 'Ext_Id__c' });

	it('prepares a collection upsert by external id on a /services/ path, allOrNone false', () => {
		const prepared = destination.prepare(items([{ Ext_Id__c: 'X-1', LastName: 'Ada', attributes: { type: 'Lead' }, Id: '003000000000001AAA' }]), { now });
		expect(prepared.requests).toEqual([
			{
				request: {
					method: 'PATCH',
					url: '/services/data/v60.0/composite/sobjects/Contact/Ext_Id__c',
					body: { allOrNone: false, records: [{ attributes: { type: 'Contact' }, Ext_Id__c: 'X-1', LastName: 'Ada' }] },
				},
				items: [expect.objectContaining({ index: 0 })],
			},
		]);
	});

	it('sends only the chosen fields, and turns away records without an external id or with a repeated one', () => {
		const picked = salesforceUpsert({ objectType: 'Contact', externalIdField: 'Ext_Id__c', fields: ['LastName'] });
		const prepared = picked.prepare(items([{ Ext_Id__c: 'X-1', LastName: 'A', Email: 'a@b.co' }, { LastName: 'B' }, { Ext_Id__c: 'x-1', LastName: 'C' }]), { now });
		expect((prepared.requests[0].request.body as { records: unknown[] }).records).toEqual([{ attributes: { type: 'Contact' }, LastName: 'A', Ext_Id__c: 'X-1' }]);
		expect(prepared.rejected.map((r) => [r.item.index, r.error.code])).toEqual([
			[1, 'MISSING_FIELD'],
			[2, 'DUPLICATE_ID'],
		]);
	});

	it('reads each result in order: created, updated or failed with Salesforce’s errors', () => {
		const outcomes = destination.interpret(
			answer([
				{ id: '003A', success: true, created: true, errors: [] },
				{ id: '003B', success: true, created: false, errors: [] },
				{ success: false, created: false, errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [LastName]', fields: ['LastName'] }] },
			]),
			items([{}, {}, {}, {}]),
		);
		expect(outcomes.map((o) => [o.status, o.destinationId, o.error?.code])).toEqual([
			['created', '003A', undefined],
			['updated', '003B', undefined],
			['failed', undefined, 'REQUIRED_FIELD_MISSING'],
			['failed', undefined, 'UNANSWERED'],
		]);
		expect(outcomes[2].error?.message).toBe('Salesforce: Required fields are missing: [LastName] (REQUIRED_FIELD_MISSING)');
	});

	it('refuses names that are not API names, and a bad API version', () => {
		expect(() => salesforceUpsert({ objectType: 'Contact/../x', externalIdField: 'Ext_Id__c' })).toThrow(RangeError);
		expect(() => salesforceUpsert({ objectType: 'Contact', externalIdField: 'Ext Id' })).toThrow(RangeError);
		expect(() => salesforceUpsert({ objectType: 'Contact', externalIdField: 'Ext_Id__c', apiVersion: 'latest' })).toThrow(/API version/);
	});

	describe('against the mock CRM', () => {
		it('upserts in batches of 200 and splits success:false per record', async () => {
			crm().seed('salesforce', 'Contact', [{ Ext_Id__c: 'X-7', LastName: 'Before', Email: 'old@example.com' }]);
			crm().addFault({ match: { path: '/composite/sobjects/Contact/Ext_Id__c$', nth: 2 }, fault: { type: 'partialBatch', indexes: [0, 10] } });
			const rows = contacts(250);
			const session = mockSession(crm());
			const out = await syncRecords(rows, salesforceUpsert({ objectType: 'Contact', externalIdField: 'Ext_Id__c' }), { request: session.request, retry: FAST_RETRY });
			expect(out.requests).toBe(2);
			expect(out.results[7]).toMatchObject({ status: 'updated', destinationId: expect.stringMatching(/^003/) });
			expect(out.results[200]).toMatchObject({ status: 'failed', error: { code: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: expect.stringContaining('Injected failure for record 0') } });
			expect(out.results[210].status).toBe('failed');
			expect(out.results.filter((r) => r.status === 'created')).toHaveLength(247);
			const stored = crm().records('salesforce', 'Contact');
			expect(stored).toHaveLength(248);
			expect(stored.find((r) => r.Ext_Id__c === 'X-7')).toMatchObject({ LastName: 'Sync7', Email: 's7@example.com' });
			expect(session.logins()).toBe(1);
		});

		it('fails a whole batch Salesforce refuses, with its message and without the client secret', async () => {
			const out = await syncRecords([{ Ext_Id__c: 'X-1', NoSuchField: 1, LastName: 'A' }], salesforceUpsert({ objectType: 'Contact', externalIdField: 'Ext_Id__c' }), {
				request: mockSession(crm()).request,
				retry: FAST_RETRY,
			});
			expect(out.results[0]).toMatchObject({ status: 'failed', error: { code: 'BAD_REQUEST', status: 400, message: expect.stringContaining("No such column 'NoSuchField'") } });
			expect(JSON.stringify(out)).not.toContain(CLIENT_SECRET);
		});
	});
});
