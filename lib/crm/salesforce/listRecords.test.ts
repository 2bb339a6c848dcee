import type { Row } from '../../core/record';
import { listRecords } from './listRecords';
import { crmErrorOf, FAST_RETRY, mockSession, queries, tokenRequests, useSalesforceMock } from './salesforceMock.test-helper';

const crm = useSalesforceMock();
const ids = (rows: Row[]) => rows.map((row) => row.Id);
const sorted = (values: unknown[]) => [...values].map(String).sort();


describe('listRecords (Salesforce)', () => {
	it('reads every record, following nextRecordsUrl verbatim through short pages', async () => {
		crm().configure({ salesforce: { shortPages: true } });
		const seeded = crm().generate('salesforce', 'Contact', 1500);
		const session = mockSession(crm());
		const rows = await listRecords({ objectType: 'Contact' }, { request: session.request, retry: FAST_RETRY, pageSize: 200 });
		expect(sorted(ids(rows))).toEqual(sorted(seeded));
		const pages = crm().journal({ path: '/query' });
		// Short pages (fewer than 200 records though more remain) are followed, not taken as the end.
		expect(pages.length).toBeGreaterThan(8);
		for (let i = 1; i < pages.length; i++) {
			expect(pages[i].path).toMatch(/^\/services\/data\/v62\.0\/query\/01g[A-Za-z0-9]+-\d+$/);
			expect(pages[i].headers['sforce-query-options']).toBe('batchSize=200');
		}
		expect(queries(crm())).toEqual(['SELECT Id, FirstName, LastName, Email, Phone, CreatedDate, LastModifiedDate, SystemModstamp FROM Contact']);
		expect(rows[0]).toMatchObject({ attributes: { type: 'Contact' }, SystemModstamp: expect.stringMatching(/\.000\+0000$/) });
		expect(session.logins()).toBe(1);
	});

	it('reads the requested fields, related fields included', async () => {
		const [accountId] = crm().seed('salesforce', 'Account', [{ Name: 'Acme Ltd', Industry: 'Energy' }]);
		crm().seed('salesforce', 'Contact', [{ FirstName: 'Ada', LastName: 'Byron', Title: 'CTO', AccountId: accountId }]);
		const rows = await listRecords({ objectType: 'Contact', apiVersion: '60.0' }, { request: mockSession(crm()).request, properties: ['Title', 'Account.Name', 'email'] });
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ FirstName: 'Ada', Title: 'CTO', Account: { Name: 'Acme Ltd' } });
		expect(queries(crm())[0]).toBe('SELECT Id, FirstName, LastName, Email, Phone, CreatedDate, LastModifiedDate, SystemModstamp, Title, Account.Name FROM Contact');
		expect(crm().journal({ path: '/query$' })[0].path).toBe('/services/data/v60.0/query');
	});

	it('filters, with values escaped so that a filter cannot change the query', async () => {
		crm().seed('salesforce', 'Contact', [
			{ FirstName: 'Pat', LastName: "O'Brien" },
			{ FirstName: 'Sam', LastName: 'Smith' },
			{ FirstName: 'Kim', LastName: 'back\\slash' },
		]);
		const request = mockSession(crm()).request;
		const byLastName = async (value: string, operator: 'eq' | 'neq' | 'contains' = 'eq') =>
			(await listRecords({ objectType: 'Contact' }, { request, filters: [{ field: 'LastName', operator, value }] })).map((row) => row.LastName);
		expect(await byLastName("O'Brien")).toEqual(["O'Brien"]);
		expect(await byLastName('back\\slash')).toEqual(['back\\slash']);
		// Each would select every record if it were pasted into the query unescaped.
		expect(await byLastName("x' OR LastName != 'x")).toEqual([]);
		expect(await byLastName("x\\' OR LastName != 'x")).toEqual([]);
		expect(await byLastName("Smith') OR (LastName != '")).toEqual([]);
		expect(await byLastName("' OR Id != null OR LastName = '", 'contains')).toEqual([]);
		expect(queries(crm())[2]).toBe("SELECT Id, FirstName, LastName, Email, Phone, CreatedDate, LastModifiedDate, SystemModstamp FROM Contact WHERE LastName = 'x\\' OR LastName != \\'x'");
		expect(await byLastName('Smith', 'neq')).toEqual(expect.arrayContaining(["O'Brien", 'back\\slash']));
	});

	it('joins filters with AND and types the values', async () => {
		crm().seed('salesforce', 'Opportunity', [
			{ Name: 'Small', Amount: 100, CloseDate: '2024-02-01' },
			{ Name: 'Big', Amount: 5000, CloseDate: '2024-03-01' },
			{ Name: 'Bigger', Amount: 9000, CloseDate: '2024-09-01' },
		]);
		const rows = await listRecords(
			{ objectType: 'Opportunity' },
			{
				request: mockSession(crm()).request,
				properties: ['Amount'],
				filters: [
					{ field: 'Amount', operator: 'gte', value: '1000' },
					{ field: 'CloseDate', operator: 'lt', value: '2024-06-01' },
				],
			},
		);
		expect(rows.map((row) => row.Name)).toEqual(['Big']);
		expect(queries(crm())[0]).toContain('WHERE Amount >= 1000 AND CloseDate < 2024-06-01');
	});

	it('stops at the limit and asks Salesforce for no more', async () => {
		crm().generate('salesforce', 'Lead', 50);
		const request = mockSession(crm()).request;
		expect(await listRecords({ objectType: 'Lead' }, { request, limit: 7 })).toHaveLength(7);
		expect(queries(crm())[0]).toMatch(/ FROM Lead LIMIT 7$/);
		expect(await listRecords({ objectType: 'Lead' }, { request, limit: 0 })).toEqual([]);
		expect(queries(crm())).toHaveLength(1);
		await expect(listRecords({ objectType: 'Lead' }, { request, limit: 2.5 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
	});

	it('refuses bad names before calling Salesforce', async () => {
		const request = mockSession(crm()).request;
		await expect(listRecords({ objectType: 'Contact WHERE Id != null' }, { request })).rejects.toThrow('Salesforce object name "Contact WHERE Id != null" is not valid');
		await expect(listRecords({ objectType: 'Contact' }, { request, properties: ['Id FROM User --'] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(listRecords({ objectType: 'Contact' }, { request, filters: [{ field: 'Name) OR (Id', operator: 'eq', value: 'x' }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		expect(crm().journal()).toHaveLength(0);
	});

	it("reports a field Salesforce does not know with its message and the query", async () => {
		const error = await crmErrorOf(listRecords({ objectType: 'Contact' }, { request: mockSession(crm()).request, retry: FAST_RETRY, properties: ['Shoe_Size__c'] }));
		expect(error.code).toBe('BAD_REQUEST');
		expect(error.crmCode).toBe('INVALID_FIELD');
		expect(error.message).toMatch(/^Salesforce GET \/services\/data\/v62\.0\/query failed: HTTP 400 Bad Request: No such column 'Shoe_Size__c' on entity 'Contact'.*; query: SELECT Id, .* FROM Contact$/);
	});

	it('reports the daily API limit mid-read without retrying or logging in again', async () => {
		crm().generate('salesforce', 'Contact', 1000);
		crm().configure({ salesforce: { dailyLimit: 3 } });
		const session = mockSession(crm());
		const error = await crmErrorOf(listRecords({ objectType: 'Contact' }, { request: session.request, retry: FAST_RETRY, pageSize: 200 }));
		expect(error.code).toBe('REQUEST_LIMIT_EXCEEDED');
		expect(error.status).toBe(403);
		expect(error.message).toMatch(/^Salesforce daily API request limit reached: GET \/services\/data\/v62\.0\/query\/01g\S+ answered HTTP 403 Forbidden: TotalRequests Limit exceeded\. \(REQUEST_LIMIT_EXCEEDED\); .*not retried/);
		expect(crm().journal({ path: '/query' }).map((entry) => entry.status)).toEqual([200, 200, 200, 403]);
		expect(tokenRequests(crm())).toBe(1);
	});

	it('retries 5xx, resets and malformed JSON, then reads on', async () => {
		crm().generate('salesforce', 'Account', 1250);
		crm().addFault({ match: { path: '/query', nth: [2] }, fault: { type: 'status', status: 503 } });
		crm().addFault({ match: { path: '/query', nth: [4] }, fault: 'reset' });
		crm().addFault({ match: { path: '/query', nth: [6] }, fault: { type: 'status', status: 502 } });
		crm().addFault({ match: { path: '/query', nth: [8] }, fault: 'malformedJson' });
		const rows = await listRecords({ objectType: 'Account' }, { request: mockSession(crm()).request, retry: FAST_RETRY, pageSize: 250 });
		expect(new Set(ids(rows)).size).toBe(1250);
		expect(crm().journal({ path: '/query' }).map((entry) => entry.status)).toEqual([200, 503, 200, 0, 200, 502, 200, 200, 200]);
	});

	it('gives up on malformed JSON after the retries with a clear error', async () => {
		crm().generate('salesforce', 'Account', 10);
		crm().addFault({ match: { path: '/query' }, fault: { type: 'malformedJson', body: '{"totalSize":10,"done":tr' } });
		const error = await crmErrorOf(listRecords({ objectType: 'Account' }, { request: mockSession(crm()).request, retry: { ...FAST_RETRY, maxRetries: 2 } }));
		expect(error.code).toBe('MALFORMED_JSON');
		expect(error.message).toMatch(/^Salesforce GET \/services\/data\/v62\.0\/query returned malformed JSON \(HTTP 200, .*\): "\{"totalSize":10,"done":tr"$/);
		expect(crm().journal({ path: '/query' })).toHaveLength(3);
	});

	it('stops on a repeated page instead of looping', async () => {
		crm().generate('salesforce', 'Account', 1000);
		crm().addFault({ match: { path: '/query/', nth: [2] }, fault: 'duplicatePage' });
		const error = await crmErrorOf(listRecords({ objectType: 'Account' }, { request: mockSession(crm()).request, retry: FAST_RETRY, pageSize: 200 }));
		expect(error.code).toBe('REPEATED_PAGE');
		expect(crm().journal({ path: '/query' }).length).toBeLessThanOrEqual(4);
	});
});
