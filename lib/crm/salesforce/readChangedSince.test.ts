import type { Row } from '../../core/record';
import { makeSalesforceId } from '../../../test/mock-crm';
import type { ChangeCursor } from '../types';
import { readChangedSince } from './readChangedSince';
import { crmErrorOf, FAST_RETRY, mockSession, queries, tokenRequests, useSalesforceMock } from './salesforceMock.test-helper';
import type { ChangedOptions } from './types';

const crm = useSalesforceMock();
const contact = { objectType: 'Contact' };
const ids = (rows: Row[]) => rows.map((row) => String(row.Id));
const key = (row: Row) => `${String(row.SystemModstamp)} ${String(row.Id)}`;

/** The mock's records in (SystemModstamp, Id) order: what a complete read returns. */
function expectedOrder(): string[] {
	return crm()
		.records('salesforce', 'Contact')
		.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
		.map((row) => String(row.Id));
}

function options(overrides: Partial<ChangedOptions> = {}): ChangedOptions {
	return { request: mockSession(crm()).request, retry: FAST_RETRY, now: () => new Date(crm().now()), ...overrides };
}


describe('readChangedSince (Salesforce)', () => {
	it('reads everything up to now in (SystemModstamp, Id) order, with an ISO cursor', async () => {
		crm().generate('salesforce', 'Contact', 30, { stepMs: 60_000 });
		const result = await readChangedSince(contact, options());
		expect(ids(result.records)).toEqual(expectedOrder());
		expect(result.upperBound).toBe('2024-06-01T00:00:00.000Z');
		expect(result.cursor).toEqual({ updatedAt: '2024-01-01T00:29:00.000Z', id: ids(result.records)[29] });
		expect(queries(crm())).toEqual([
			'SELECT Id, FirstName, LastName, Email, Phone, CreatedDate, LastModifiedDate, SystemModstamp FROM Contact WHERE SystemModstamp <= 2024-06-01T00:00:00Z ORDER BY SystemModstamp ASC, Id ASC',
		]);
	});

	it('reads only what changed on the second read, also new records sharing the cursor time', async () => {
		crm().generate('salesforce', 'Contact', 20, { stepMs: 1000 });
		const session = mockSession(crm());
		const first = await readChangedSince(contact, options({ request: session.request }));
		expect(first.records).toHaveLength(20);

		crm().advanceClock(3_600_000);
		const changed = ids(first.records).slice(3, 6);
		for (const id of changed) {
			const response = await session.request({ method: 'PATCH', url: `/services/data/v62.0/sobjects/Contact/${id}`, body: { Title: 'Changed' } });
			expect(response.status).toBe(204);
		}
		// A record written later with the very time of the cursor and a higher id: after the cursor, so not lost.
		const tied = makeSalesforceId('003', 900);
		crm().seed('salesforce', 'Contact', [{ Id: tied, LastName: 'Tied', SystemModstamp: first.cursor.updatedAt }]);
		const [added] = crm().seed('salesforce', 'Contact', [{ LastName: 'New', SystemModstamp: crm().now() }]);

		const second = await readChangedSince(contact, options({ request: session.request, cursor: first.cursor }));
		expect(ids(second.records)).toEqual([tied, ...changed, String(added)]);
		expect(second.records.slice(1, 4).every((row) => row.SystemModstamp === '2024-06-01T01:00:00.000+0000')).toBe(true);
		expect(second.cursor).toEqual({ updatedAt: '2024-06-01T01:00:00.000Z', id: String(added) });
		expect(queries(crm())[1]).toContain(
			`WHERE (SystemModstamp > 2024-01-01T00:00:19Z OR (SystemModstamp = 2024-01-01T00:00:19Z AND Id > '${first.cursor.id}')) AND SystemModstamp <= 2024-06-01T01:00:00Z`,
		);

		const third = await readChangedSince(contact, options({ request: session.request, cursor: second.cursor }));
		expect(third.records).toEqual([]);
		expect(third.cursor).toEqual(second.cursor);
		expect(session.logins()).toBe(1);
	});

	it('leaves records after the upper bound for the next read', async () => {
		crm().generate('salesforce', 'Contact', 10, { start: '2024-05-01T00:00:00.000Z', stepMs: 86_400_000 });
		const first = await readChangedSince(contact, options({ upperBound: '2024-05-05T12:00:00.750+02:00' }));
		expect(first.upperBound).toBe('2024-05-05T10:00:00.000Z');
		expect(first.records.map((row) => row.SystemModstamp)).toEqual([
			'2024-05-01T00:00:00.000+0000',
			'2024-05-02T00:00:00.000+0000',
			'2024-05-03T00:00:00.000+0000',
			'2024-05-04T00:00:00.000+0000',
			'2024-05-05T00:00:00.000+0000',
		]);
		const second = await readChangedSince(contact, options({ cursor: first.cursor }));
		expect(second.records).toHaveLength(5);
		expect([...ids(first.records), ...ids(second.records)]).toEqual(expectedOrder());
	});

	it('reads 2,500 records sharing one SystemModstamp across pages without losing or repeating any', async () => {
		crm().generate('salesforce', 'Contact', 2500, { sameTimestamp: '2024-03-01T12:00:00.000Z' });
		const checkpoints: ChangeCursor[] = [];
		const pageSizes: number[] = [];
		const result = await readChangedSince(contact, options({ pageSize: 200, onPage: (page, cursor) => void (checkpoints.push(cursor), pageSizes.push(page.length)) }));
		expect(new Set(ids(result.records)).size).toBe(2500);
		expect(ids(result.records)).toEqual(expectedOrder());
		expect(pageSizes).toEqual([...Array(12).fill(200), 100]);
		expect(checkpoints.every((cursor) => cursor.updatedAt === '2024-03-01T12:00:00.000Z')).toBe(true);
		expect(checkpoints.map((cursor) => cursor.id)).toEqual(pageSizes.map((_, i) => String(result.records[i * 200 + pageSizes[i] - 1].Id)));
	});

	it('resumes from every checkpoint without a gap, also inside a run of tied records', async () => {
		crm().generate('salesforce', 'Contact', 500, { sameTimestamp: '2024-03-01T12:00:00.000Z' });
		crm().generate('salesforce', 'Contact', 300, { start: '2024-03-01T12:00:00.000Z', stepMs: 1000, startId: 5000 });
		const all = expectedOrder();
		const checkpoints: ChangeCursor[] = [];
		await readChangedSince(contact, options({ pageSize: 200, onPage: (_, cursor) => void checkpoints.push(cursor) }));
		expect(checkpoints).toHaveLength(4);
		for (const [k, cursor] of checkpoints.entries()) {
			const resumed = await readChangedSince(contact, options({ pageSize: 200, cursor }));
			expect([k, ids(resumed.records)]).toEqual([k, all.slice((k + 1) * 200)]);
		}
	});

	it('a read killed midway resumes from the last checkpoint it saved and loses nothing', async () => {
		crm().generate('salesforce', 'Contact', 700, { sameTimestamp: '2024-03-01T12:00:00.000Z' });
		crm().generate('salesforce', 'Contact', 300, { start: '2024-04-01T00:00:00.000Z', stepMs: 1000, startId: 5000 });
		const destination = new Map<string, Row>();
		let saved: ChangeCursor | undefined;
		let pages = 0;
		const store = (page: Row[], cursor: ChangeCursor) => {
			if (++pages === 3) throw new Error('worker killed');
			for (const row of page) destination.set(String(row.Id), row);
			saved = cursor;
		};
		await expect(readChangedSince(contact, options({ pageSize: 200, onPage: store }))).rejects.toThrow('worker killed');
		expect(destination.size).toBe(400);
		const resumed = await readChangedSince(contact, options({ pageSize: 200, cursor: saved, onPage: store }));
		expect(resumed.records).toHaveLength(600);
		expect([...destination.keys()].sort()).toEqual(expectedOrder().sort());
		expect(resumed.cursor.updatedAt).toBe('2024-04-01T00:04:59.000Z');
	});

	it('logs in again when the token expires mid-read and carries on where it was', async () => {
		crm().configure({ salesforce: { tokenLifetimeCalls: 4 } });
		crm().generate('salesforce', 'Contact', 2500, { sameTimestamp: '2024-03-01T12:00:00.000Z' });
		const session = mockSession(crm());
		const result = await readChangedSince(contact, options({ request: session.request, pageSize: 200 }));
		expect(ids(result.records)).toEqual(expectedOrder());
		expect(session.logins()).toBe(4);
		expect(tokenRequests(crm())).toBe(4);
		const journal = crm().journal();
		const refused = journal.filter((entry) => entry.status === 401);
		expect(refused).toHaveLength(3);
		for (const entry of refused) {
			const index = journal.indexOf(entry);
			expect(journal[index + 1].path).toBe('/services/oauth2/token');
			// The same page is asked for again: the query locator outlives the session.
			expect(journal[index + 2].path).toBe(entry.path);
			expect(journal[index + 2].status).toBe(200);
		}
		expect(queries(crm())).toHaveLength(1);
	});

	it('runs the query again from the cursor when Salesforce drops the query locator', async () => {
		crm().generate('salesforce', 'Contact', 1000, { stepMs: 1000 });
		crm().addFault({ match: { path: '/query/', nth: [2] }, fault: { type: 'status', status: 400, body: [{ message: 'invalid query locator', errorCode: 'INVALID_QUERY_LOCATOR' }] } });
		const result = await readChangedSince(contact, options({ pageSize: 200 }));
		expect(ids(result.records)).toEqual(expectedOrder());
		const soql = queries(crm());
		expect(soql).toHaveLength(2);
		expect(soql[1]).toContain(`AND Id > '${ids(result.records)[399]}'`);
	});

	it('reads nothing, without calling, for a cursor after the upper bound', async () => {
		crm().generate('salesforce', 'Contact', 5);
		const cursor = { updatedAt: '2024-07-01T00:00:00.000Z', id: '003000000000001AAA' };
		const result = await readChangedSince(contact, options({ cursor }));
		expect(result).toEqual({ records: [], cursor, upperBound: '2024-06-01T00:00:00.000Z' });
		expect(crm().journal()).toHaveLength(0);
	});

	it('stops at the daily API limit with the progress saved, and resumes from it later', async () => {
		crm().generate('salesforce', 'Contact', 1000, { stepMs: 1000 });
		crm().configure({ salesforce: { dailyLimit: 3 } });
		let saved: ChangeCursor | undefined;
		const seen: string[] = [];
		const onPage = (page: Row[], cursor: ChangeCursor) => {
			seen.push(...ids(page));
			saved = cursor;
		};
		const error = await crmErrorOf(readChangedSince(contact, options({ pageSize: 200, onPage })));
		expect(error.code).toBe('REQUEST_LIMIT_EXCEEDED');
		expect(seen).toHaveLength(600);
		expect(tokenRequests(crm())).toBe(1);
		crm().configure({ salesforce: { dailyLimit: 100 } });
		await readChangedSince(contact, options({ pageSize: 200, cursor: saved, onPage }));
		expect(seen).toEqual(expectedOrder());
	});

	it('stops on a repeated page instead of looping', async () => {
		crm().generate('salesforce', 'Contact', 1000, { stepMs: 1000 });
		crm().addFault({ match: { path: '/query/', nth: [2] }, fault: 'duplicatePage' });
		const error = await crmErrorOf(readChangedSince(contact, options({ pageSize: 200 })));
		expect(error.code).toBe('REPEATED_PAGE');
	});

	it('refuses a cursor or upper bound that is not a date-time, before calling', async () => {
		await expect(readChangedSince(contact, options({ cursor: { updatedAt: 'yesterday', id: '' } }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(readChangedSince(contact, options({ upperBound: '2024-06-01' }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(readChangedSince(contact, options({ cursor: { updatedAt: '2024-06-01T00:00:00Z', id: 5 as never } }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		expect(crm().journal()).toHaveLength(0);
	});
});
