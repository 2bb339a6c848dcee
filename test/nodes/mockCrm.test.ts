/**
 * The mock CRM server (test/mock-crm) over real HTTP with Node's fetch: every personality
 * (HubSpot, Salesforce, Pipedrive, generic REST), the fault injection rules, the virtual clock,
 * the journal, the /__mock/ control API and the process entry point the e2e tests and demo use.
 */
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
	generateContacts,
	makeSalesforceId,
	signHubSpotV2,
	signHubSpotV3,
	startMockCrm,
	type MockCrm,
	type MockCrmOptions,
} from '../mock-crm';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let crm: MockCrm;
const open: MockCrm[] = [];

async function start(options?: MockCrmOptions): Promise<MockCrm> {
	const m = await startMockCrm(options);
	open.push(m);
	return m;
}

beforeEach(async () => {
	crm = await start();
});
afterEach(async () => {
	while (open.length) await open.pop()!.close();
});

const HS = { authorization: 'Bearer pat-test-token', 'content-type': 'application/json' };
const T0 = Date.parse('2024-01-01T00:00:00.000Z');

async function call(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string; json: Json }> {
	const res = await fetch(`${crm.url}${path}`, init);
	const text = await res.text();
	let json: Json;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = undefined;
	}
	return { status: res.status, headers: res.headers, text, json };
}

const hs = (path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') =>
	call(path, { method, headers: HS, body: body === undefined ? undefined : JSON.stringify(body) });

const search = (type: string, body: object) => hs(`/crm/v3/objects/${type}/search`, body);

async function sfLogin(m: MockCrm = crm, form = 'grant_type=client_credentials&client_id=sf-client-id&client_secret=sf-client-secret'): Promise<string> {
	const res = await fetch(`${m.url}/services/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
	const body = (await res.json()) as Json;
	expect(res.status).toBe(200);
	return body.access_token;
}

const soql = (token: string, q: string, headers: Record<string, string> = {}) =>
	call(`/services/data/v60.0/query?q=${encodeURIComponent(q)}`, { headers: { authorization: `Bearer ${token}`, ...headers } });

describe('HubSpot personality', () => {
	beforeEach(() => {
		crm.seed('hubspot', 'contacts', generateContacts(250));
	});

	it('rejects a missing or wrong token with HubSpot\'s 401 body and X-HubSpot-Auth-Failure', async () => {
		for (const headers of [{}, { authorization: 'Bearer nope' }] as Array<Record<string, string>>) {
			const r = await call('/crm/v3/objects/contacts', { headers });
			expect(r.status).toBe(401);
			expect(r.headers.get('x-hubspot-auth-failure')).toBe('401 Unauthorized');
			expect(r.json).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION', correlationId: expect.any(String) });
		}
	});

	it('lists every record once, in id order, through paging.next.after; both path prefixes', async () => {
		const seen: string[] = [];
		let after: string | undefined;
		do {
			const r = await hs(`/crm/objects/2026-03/contacts?limit=100&properties=email${after ? `&after=${encodeURIComponent(after)}` : ''}`);
			expect(r.status).toBe(200);
			for (const rec of r.json.results) {
				seen.push(rec.id);
				expect(Object.keys(rec.properties).sort()).toEqual(['createdate', 'email', 'hs_object_id', 'lastmodifieddate']);
				expect(typeof rec.properties.hs_object_id).toBe('string');
			}
			after = r.json.paging?.next.after;
			if (after) expect(r.json.paging.next.link).toContain(`${crm.url}/crm/objects/2026-03/contacts?`);
		} while (after);
		expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => String(i + 1)));

		expect((await hs('/crm/v3/objects/contacts?limit=101')).json).toMatchObject({ category: 'VALIDATION_ERROR' });
		expect((await hs('/crm/v3/objects/contacts?limit=101')).status).toBe(400);
		const defaults = await hs('/crm/v3/objects/contacts');
		expect(defaults.json.results).toHaveLength(10);
		expect(Object.keys(defaults.json.results[0].properties).sort()).toEqual(['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname']);
	});

	it('gets one record by id or unique property, 404 with OBJECT_NOT_FOUND', async () => {
		const r = await hs('/crm/v3/objects/contacts/7?properties=phone');
		expect(r.json).toMatchObject({ id: '7', properties: { phone: '+15550000007', hs_object_id: '7' }, archived: false });
		const byEmail = await hs(`/crm/v3/objects/contacts/${encodeURIComponent('gus.smith.7@example.com')}?idProperty=email`);
		expect(byEmail.json.id).toBe('7');
		const missing = await hs('/crm/v3/objects/contacts/99999');
		expect(missing.status).toBe(404);
		expect(missing.json.category).toBe('OBJECT_NOT_FOUND');
	});

	it('searches with OR of AND groups, every operator, one sort, offsets and total', async () => {
		const at = (i: number) => String(T0 + i * 1000);
		const ids = async (body: object) => {
			const r = await search('contacts', { limit: 200, ...body });
			expect(r.status).toBe(200);
			return r.json.results.map((x: Json) => Number(x.id));
		};
		expect(await ids({ filterGroups: [{ filters: [{ propertyName: 'lastmodifieddate', operator: 'EQ', value: at(4) }] }] })).toEqual([5]);
		expect(await ids({ filterGroups: [{ filters: [{ propertyName: 'lastmodifieddate', operator: 'LT', value: at(2) }] }] })).toEqual([1, 2]);
		expect(await ids({ filterGroups: [{ filters: [{ propertyName: 'lastmodifieddate', operator: 'LTE', value: '2024-01-01T00:00:02.000Z' }] }] })).toEqual([1, 2, 3]);
		expect(await ids({ filterGroups: [{ filters: [{ propertyName: 'lastmodifieddate', operator: 'GT', value: at(247) }] }] })).toEqual([249, 250]);
		expect(await ids({ filterGroups: [{ filters: [{ propertyName: 'lastmodifieddate', operator: 'GTE', value: at(247) }] }] })).toEqual([248, 249, 250]);
		expect(await ids({ filterGroups: [{ filters: [{ propertyName: 'lastmodifieddate', operator: 'BETWEEN', value: at(10), highValue: at(12) }] }] })).toEqual([11, 12, 13]);
		expect(await ids({ filterGroups: [{ filters: [{ propertyName: 'hs_object_id', operator: 'IN', values: ['3', '30'] }] }] })).toEqual([3, 30]);
		expect((await ids({ filterGroups: [{ filters: [{ propertyName: 'hs_object_id', operator: 'NEQ', value: '1' }] }] }))[0]).toBe(2);
		expect(await ids({ filterGroups: [{ filters: [{ propertyName: 'email', operator: 'EQ', value: 'ANNA.SMITH.1@example.com' }] }] })).toEqual([1]);
		// OR of groups, each an AND.
		expect(await ids({
			filterGroups: [
				{ filters: [{ propertyName: 'hs_object_id', operator: 'LTE', value: '2' }] },
				{ filters: [{ propertyName: 'hs_object_id', operator: 'GTE', value: '100' }, { propertyName: 'hs_object_id', operator: 'LT', value: '102' }] },
			],
		})).toEqual([1, 2, 100, 101]);
		crm.seed('hubspot', 'contacts', [{ id: '9000', properties: { email: 'nophone@example.com' } }]);
		expect(await ids({ filterGroups: [{ filters: [{ propertyName: 'phone', operator: 'NOT_HAS_PROPERTY' }] }] })).toEqual([9000]);
		expect((await ids({ filterGroups: [{ filters: [{ propertyName: 'phone', operator: 'HAS_PROPERTY' }] }] }))).toHaveLength(200);

		const sorted = await search('contacts', { sorts: [{ propertyName: 'lastmodifieddate', direction: 'DESCENDING' }], limit: 3, after: '2' });
		expect(sorted.json.total).toBe(251);
		// 9000 was seeded at the virtual clock (2024-06-01), after every generated record.
		expect(sorted.json.results.map((x: Json) => x.id)).toEqual(['249', '248', '247']);
		expect(sorted.json.paging.next.after).toBe('5');
		const last = await search('contacts', { limit: 200, after: '200' });
		expect(last.json.results).toHaveLength(51);
		expect(last.json.paging).toBeUndefined();

		expect((await search('contacts', { limit: 201 })).status).toBe(400);
		expect((await search('contacts', { sorts: [{ propertyName: 'email' }, { propertyName: 'phone' }] })).status).toBe(400);
		const unknown = await search('contacts', { filterGroups: [{ filters: [{ propertyName: 'hs_lastmodifieddate', operator: 'GT', value: '0' }] }] });
		expect(unknown.status).toBe(400);
		expect(unknown.json.category).toBe('VALIDATION_ERROR');
	});

	it('uses hs_lastmodifieddate for companies and other types', async () => {
		crm.seed('hubspot', 'companies', [{ properties: { name: 'Acme', domain: 'acme.test' }, updatedAt: '2024-02-01T00:00:00Z' }]);
		const r = await search('companies', { filterGroups: [{ filters: [{ propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: '2024-02-01T00:00:00Z' }] }] });
		expect(r.json.results[0].properties).toMatchObject({ name: 'Acme', hs_lastmodifieddate: '2024-02-01T00:00:00.000Z' });
		expect((await search('companies', { filterGroups: [{ filters: [{ propertyName: 'lastmodifieddate', operator: 'GTE', value: '0' }] }] })).status).toBe(400);
		expect((await hs('/crm/v3/objects/widgets')).status).toBe(400);
	});

	it('caps search at 10,000 results: 10,001 contacts on one timestamp page by id windows', async () => {
		crm.reset();
		crm.seed('hubspot', 'contacts', generateContacts(10001, { sameTimestamp: '2024-03-31T23:59:59.000Z' }));
		const tie = { propertyName: 'lastmodifieddate', operator: 'EQ', value: String(Date.parse('2024-03-31T23:59:59.000Z')) };
		const first = await search('contacts', { filterGroups: [{ filters: [tie] }], limit: 200, after: '9800' });
		expect(first.json.total).toBe(10001);
		expect(first.json.paging.next.after).toBe('10000');
		const beyond = await search('contacts', { filterGroups: [{ filters: [tie] }], limit: 200, after: '9900' });
		expect(beyond.status).toBe(400);
		expect(beyond.json).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
		// The next id window starts after the last id read.
		const next = await search('contacts', {
			filterGroups: [{ filters: [tie, { propertyName: 'hs_object_id', operator: 'GT', value: '10000' }] }],
			sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
			limit: 200,
		});
		expect(next.json.results.map((x: Json) => x.id)).toEqual(['10001']);
	});

	it('batch upsert by email creates (new: true) and updates (new: false); re-sending changes nothing', async () => {
		crm.setClock('2024-06-02T00:00:00.000Z');
		const inputs = [
			{ id: 'anna.smith.1@example.com', idProperty: 'email', properties: { firstname: 'Annie' } },
			{ id: 'zed@example.com', idProperty: 'email', properties: { firstname: 'Zed' } },
		];
		const r = await hs('/crm/v3/objects/contacts/batch/upsert', { inputs });
		expect(r.status).toBe(200);
		expect(r.json.status).toBe('COMPLETE');
		expect(r.json.results.map((x: Json) => [x.id, x.new, x.properties.firstname, x.updatedAt])).toEqual([
			['1', false, 'Annie', '2024-06-02T00:00:00.000Z'],
			['251', true, 'Zed', '2024-06-02T00:00:00.000Z'],
		]);
		expect(r.json.results[1].properties.email).toBe('zed@example.com');
		crm.advanceClock(60_000);
		const again = await hs('/crm/v3/objects/contacts/batch/upsert', { inputs });
		expect(again.json.results.map((x: Json) => [x.new, x.updatedAt])).toEqual([[false, '2024-06-02T00:00:00.000Z'], [false, '2024-06-02T00:00:00.000Z']]);
		expect(crm.records('hubspot', 'contacts')).toHaveLength(251);

		expect((await hs('/crm/v3/objects/contacts/batch/upsert', { inputs: Array.from({ length: 101 }, (_, i) => ({ id: `x${i}@e.com`, idProperty: 'email', properties: {} })) })).status).toBe(400);
		expect((await hs('/crm/v3/objects/contacts/batch/upsert', { inputs: [{ id: 'a', idProperty: 'firstname', properties: {} }] })).status).toBe(400);
		const bad = await hs('/crm/v3/objects/contacts/batch/upsert', { inputs: [{ id: 'q@e.com', idProperty: 'email', properties: { no_such_prop: 'x' } }] });
		expect(bad.status).toBe(400);
		expect(bad.json.message).toContain('no_such_prop');
	});

	it('batch create (409 on an existing email), update and read', async () => {
		const dup = await hs('/crm/v3/objects/contacts/batch/create', { inputs: [{ properties: { email: 'anna.smith.1@example.com' } }] });
		expect(dup.status).toBe(409);
		expect(dup.json).toMatchObject({ category: 'CONFLICT', message: 'Contact already exists. Existing ID: 1' });
		const created = await hs('/crm/v3/objects/contacts/batch/create', { inputs: [{ properties: { email: 'new1@example.com' } }] });
		expect(created.status).toBe(201);
		const updated = await hs('/crm/v3/objects/contacts/batch/update', { inputs: [{ id: '2', properties: { lastname: 'Updated' } }, { id: '424242', properties: { lastname: 'X' } }] });
		expect(updated.status).toBe(207);
		expect(updated.json.numErrors).toBe(1);
		const read = await hs('/crm/v3/objects/contacts/batch/read', { inputs: [{ id: '2' }], properties: ['lastname'] });
		expect(read.json.results[0].properties.lastname).toBe('Updated');
	});

	it('partialBatch fault: 207 with errors[] for the chosen inputs, the others applied', async () => {
		crm.addFault({ match: { path: '/batch/upsert$' }, fault: { type: 'partialBatch', indexes: [1] } });
		const r = await hs('/crm/v3/objects/contacts/batch/upsert', {
			inputs: ['p0@example.com', 'p1@example.com', 'p2@example.com'].map((email) => ({ id: email, idProperty: 'email', properties: { firstname: 'P' } })),
		});
		expect(r.status).toBe(207);
		expect(r.json.numErrors).toBe(1);
		expect(r.json.errors[0].context.inputIndex).toEqual(['1']);
		expect(r.json.results.map((x: Json) => x.properties.email)).toEqual(['p0@example.com', 'p2@example.com']);
		expect(crm.records('hubspot', 'contacts').some((x: Json) => x.properties.email === 'p1@example.com')).toBe(false);
	});

	it('rate limit: 429 TEN_SECONDLY_ROLLING after the bucket empties, with or without Retry-After', async () => {
		crm.configure({ hubspot: { rateLimit: { max: 3, windowMs: 10_000 } } });
		const statuses: number[] = [];
		let limited: Awaited<ReturnType<typeof call>> | undefined;
		for (let i = 0; i < 4; i++) {
			const r = await hs('/crm/v3/objects/contacts?limit=1');
			statuses.push(r.status);
			if (r.status === 429) limited = r;
		}
		expect(statuses).toEqual([200, 200, 200, 429]);
		expect(limited!.json).toMatchObject({ errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' });
		expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect(limited!.headers.get('x-hubspot-ratelimit-max')).toBe('3');
		crm.configure({ hubspot: { rateLimit: { retryAfter: false } } });
		const without = await hs('/crm/v3/objects/contacts?limit=1');
		expect(without.status).toBe(429);
		expect(without.headers.get('retry-after')).toBeNull();

		crm.configure({ hubspot: { rateLimit: null, searchRateLimit: { max: 1, windowMs: 1000 } } });
		expect((await search('contacts', {})).status).toBe(200);
		const secondly = await search('contacts', {});
		expect(secondly.status).toBe(429);
		expect(secondly.json.policyName).toBe('SECONDLY');
	});

	it('search lag hides records modified within searchLagMs of the virtual clock', async () => {
		crm.setClock('2024-06-01T00:00:00.000Z');
		crm.seed('hubspot', 'contacts', [{ id: '5000', properties: { email: 'fresh@example.com' } }]);
		crm.configure({ hubspot: { searchLagMs: 60_000 } });
		const q = { filterGroups: [{ filters: [{ propertyName: 'hs_object_id', operator: 'EQ', value: '5000' }] }] };
		expect((await search('contacts', q)).json.total).toBe(0);
		crm.advanceClock(60_001);
		expect((await search('contacts', q)).json.total).toBe(1);
	});

	it('sends signed webhooks (v3 signature verifiable; stale, bad signature, duplicate knobs)', async () => {
		const received: Array<{ headers: IncomingMessage['headers']; body: string; url: string }> = [];
		const receiver = createServer((req, res) => {
			let body = '';
			req.on('data', (c) => (body += c));
			req.on('end', () => {
				received.push({ headers: req.headers, body, url: req.url! });
				res.writeHead(received.length === 1 ? 500 : 204).end();
			});
		});
		await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
		const targetUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook?a=1`;
		try {
			const verify = (i: number, secret: string) => {
				const h = received[i].headers;
				const ts = String(h['x-hubspot-request-timestamp']);
				return signHubSpotV3(secret, 'POST', targetUrl, received[i].body, ts) === h['x-hubspot-signature-v3'];
			};
			// Over the control API, as an e2e test would; the first delivery gets a 500 and is retried.
			const res = await call('/__mock/hubspot/webhooks/emit', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ targetUrl, clientSecret: 'shh', events: [{ objectId: 42 }], knobs: { retries: 2 } }),
			});
			expect(res.json.deliveries.map((d: Json) => [d.attempt, d.status])).toEqual([[0, 500], [1, 204]]);
			expect(received).toHaveLength(2);
			expect(verify(1, 'shh')).toBe(true);
			expect(JSON.parse(received[1].body)[0]).toMatchObject({ objectId: 42, attemptNumber: 1, subscriptionType: 'contact.creation' });
			expect(Math.abs(Number(received[1].headers['x-hubspot-request-timestamp']) - Date.now())).toBeLessThan(60_000);

			await crm.emitHubSpotWebhook({ targetUrl, clientSecret: 'shh', stale: true });
			expect(Date.now() - Number(received[2].headers['x-hubspot-request-timestamp'])).toBeGreaterThan(300_000);
			expect(verify(2, 'shh')).toBe(true);
			await crm.emitHubSpotWebhook({ targetUrl, clientSecret: 'shh', badSignature: true });
			expect(verify(3, 'shh')).toBe(false);
			const dup = await crm.emitHubSpotWebhook({ targetUrl, clientSecret: 'shh', duplicate: true });
			expect(dup.deliveries).toHaveLength(2);
			expect(received[4].body).toBe(received[5].body);
		} finally {
			await new Promise((r) => receiver.close(r));
		}
		// HubSpot's documented v2 example (secret + method + uri, no body).
		expect(signHubSpotV2('yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy', 'GET', 'https://www.example.com/webhook_uri', '')).toBe('eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e');
	});
});

describe('Salesforce personality', () => {
	beforeEach(() => {
		crm.seed('salesforce', 'Account', [{ Name: 'Acme', LastModifiedDate: '2024-01-01T00:00:00Z' }]);
		const [accountId] = crm.records('salesforce', 'Account').map((a: Json) => a.Id);
		crm.seed('salesforce', 'Contact', generateContacts(4500, { personality: 'salesforce' }).map((c, i) => (i === 0 ? { ...c, AccountId: accountId } : c)));
	});

	it('issues tokens (client credentials, refresh token) with instance_url pointing at the mock; counts logins', async () => {
		const res = await call('/services/oauth2/token', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'grant_type=refresh_token&client_id=sf-client-id&client_secret=sf-client-secret&refresh_token=sf-refresh-token',
		});
		expect(res.json).toMatchObject({ access_token: expect.any(String), instance_url: crm.url, token_type: 'Bearer', issued_at: expect.stringMatching(/^\d+$/), id: expect.any(String) });
		const bad = await call('/services/oauth2/token', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&client_id=sf-client-id&client_secret=wrong' });
		expect(bad.status).toBe(400);
		expect(bad.json.error).toBe('invalid_client');
		await sfLogin();
		expect(crm.stats().salesforce.logins).toBe(2);
		expect(crm.journal({ path: '^/services/oauth2/token$' })).toHaveLength(3);

		crm.configure({ salesforce: { loginLimitPerHour: 2 } });
		const limited = await call('/services/oauth2/token', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&client_id=sf-client-id&client_secret=sf-client-secret' });
		expect(limited.json).toEqual({ error: 'invalid_grant', error_description: 'login rate exceeded' });
	});

	it('answers mini SOQL with nested relationships, Salesforce date format, 18-char ids; pages by nextRecordsUrl', async () => {
		const token = await sfLogin();
		const one = await soql(token, 'SELECT Id, Name, Email, Account.Name, SystemModstamp FROM Contact WHERE Id = \'' + makeSalesforceId('003', 1) + '\'');
		expect(one.headers.get('sforce-limit-info')).toMatch(/^api-usage=\d+\/100000$/);
		expect(one.json.records[0]).toEqual({
			attributes: { type: 'Contact', url: `/services/data/v60.0/sobjects/Contact/${makeSalesforceId('003', 1)}` },
			Id: makeSalesforceId('003', 1),
			Name: 'Anna Smith',
			Email: 'anna.smith.1@example.com',
			Account: { attributes: { type: 'Account', url: expect.stringContaining('/sobjects/Account/001') }, Name: 'Acme' },
			SystemModstamp: '2024-01-01T00:00:00.000+0000',
		});
		expect(one.json.records[0].Id).toHaveLength(18);

		const q = 'SELECT Id, SystemModstamp FROM Contact WHERE SystemModstamp >= 2024-01-01T00:00:10Z AND (Email LIKE \'%example.com\' OR Email = null) ORDER BY SystemModstamp ASC, Id ASC';
		// batchSize 100 is clamped up to 200.
		let page = await soql(token, q, { 'Sforce-Query-Options': 'batchSize=100' });
		expect(page.json.totalSize).toBe(4490);
		expect(page.json.records).toHaveLength(200);
		expect(page.json.nextRecordsUrl).toMatch(/^\/services\/data\/v60\.0\/query\/01g[A-Za-z0-9]+-200$/);
		const all = [...page.json.records];
		while (!page.json.done) {
			page = await call(page.json.nextRecordsUrl, { headers: { authorization: `Bearer ${token}`, 'Sforce-Query-Options': 'batchSize=5000' } });
			all.push(...page.json.records);
		}
		expect(all).toHaveLength(4490);
		expect(all[0].SystemModstamp).toBe('2024-01-01T00:00:10.000+0000');
		expect(new Set(all.map((r) => r.Id)).size).toBe(4490);

		const limited = await soql(token, 'SELECT Id FROM Contact ORDER BY LastModifiedDate DESC LIMIT 3');
		expect(limited.json).toMatchObject({ totalSize: 3, done: true });
		expect((await soql(token, 'SELECT COUNT() FROM Contact')).json).toMatchObject({ totalSize: 4500, records: [] });
		expect((await call('/services/data/v60.0/query/01gNOPE-200', { headers: { authorization: `Bearer ${token}` } })).json[0].errorCode).toBe('INVALID_QUERY_LOCATOR');
	});

	it('rejects bad SOQL with MALFORMED_QUERY / INVALID_FIELD / INVALID_TYPE', async () => {
		const token = await sfLogin();
		const cases: Array<[string, string]> = [
			['SELEC Id FROM Contact', 'MALFORMED_QUERY'],
			['SELECT Id FROM Contact WHERE Email = \'a\' AND Phone = \'b\' OR Id = \'c\'', 'MALFORMED_QUERY'],
			['SELECT Id FROM Contact WHERE SystemModstamp > \'2024-01-01T00:00:00Z\'', 'INVALID_FIELD'],
			['SELECT Bogus FROM Contact', 'INVALID_FIELD'],
			['SELECT Id FROM Nope', 'INVALID_TYPE'],
		];
		for (const [q, code] of cases) {
			const r = await soql(token, q);
			expect([q, r.status, r.json[0].errorCode]).toEqual([q, 400, code]);
		}
	});

	it('short pages: fewer records than the batch size, done: false, nothing lost', async () => {
		crm.configure({ salesforce: { shortPages: true } });
		const token = await sfLogin();
		let page = await soql(token, 'SELECT Id FROM Contact', { 'Sforce-Query-Options': 'batchSize=1000' });
		const sizes = [page.json.records.length];
		let count = page.json.records.length;
		while (!page.json.done) {
			page = await call(page.json.nextRecordsUrl, { headers: { authorization: `Bearer ${token}` } });
			sizes.push(page.json.records.length);
			count += page.json.records.length;
		}
		expect(count).toBe(4500);
		expect(sizes.slice(0, -1).every((s) => s < 1000 && s >= 250)).toBe(true);
	});

	it('expires a session after tokenLifetimeCalls data calls (INVALID_SESSION_ID); a new login works', async () => {
		crm.configure({ salesforce: { tokenLifetimeCalls: 2 } });
		const token = await sfLogin();
		expect((await soql(token, 'SELECT Id FROM Contact LIMIT 1')).status).toBe(200);
		expect((await soql(token, 'SELECT Id FROM Contact LIMIT 1')).status).toBe(200);
		const expired = await soql(token, 'SELECT Id FROM Contact LIMIT 1');
		expect(expired.status).toBe(401);
		expect(expired.json).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
		expect((await soql(await sfLogin(), 'SELECT Id FROM Contact LIMIT 1')).status).toBe(200);
	});

	it('daily quota: 403 REQUEST_LIMIT_EXCEEDED with Sforce-Limit-Info', async () => {
		crm.configure({ salesforce: { dailyLimit: 1 } });
		const token = await sfLogin();
		expect((await soql(token, 'SELECT Id FROM Contact LIMIT 1')).status).toBe(200);
		const over = await soql(token, 'SELECT Id FROM Contact LIMIT 1');
		expect(over.status).toBe(403);
		expect(over.json).toEqual([{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]);
		expect(over.headers.get('sforce-limit-info')).toBe('api-usage=1/1');
	});

	it('gets an sObject; collections upsert by external id with created flags, partial failure and allOrNone', async () => {
		const token = await sfLogin();
		const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
		const id = makeSalesforceId('003', 2);
		const got = await call(`/services/data/v60.0/sobjects/Contact/${id}`, { headers: auth });
		expect(got.json).toMatchObject({ Id: id, Email: 'ben.smith.2@example.com', LastModifiedDate: '2024-01-01T00:00:01.000+0000' });
		expect((await call(`/services/data/v60.0/sobjects/Contact/${makeSalesforceId('003', 999_999)}`, { headers: auth })).status).toBe(404);

		const upsert = (records: object[], allOrNone = false) =>
			call('/services/data/v60.0/composite/sobjects/Contact/Email', { method: 'PATCH', headers: auth, body: JSON.stringify({ allOrNone, records }) });
		crm.setClock('2024-07-01T12:00:00.000Z');
		const r = await upsert([
			{ attributes: { type: 'Contact' }, Email: 'ben.smith.2@example.com', Title: 'CTO' },
			{ attributes: { type: 'Contact' }, Email: 'new.person@example.com', LastName: 'Person' },
		]);
		expect(r.json).toEqual([
			{ id, success: true, errors: [], created: false },
			{ id: expect.stringMatching(/^003\w{15}$/), success: true, errors: [], created: true },
		]);
		const after = await soql(token, `SELECT Title, LastModifiedDate FROM Contact WHERE Id = '${id}'`);
		expect(after.json.records[0]).toMatchObject({ Title: 'CTO', LastModifiedDate: '2024-07-01T12:00:00.000+0000' });

		crm.addFault({ match: { path: '/composite/sobjects/', times: 2 }, fault: { type: 'partialBatch', indexes: [0] } });
		const partial = await upsert([{ Email: 'a1@example.com', LastName: 'A' }, { Email: 'a2@example.com', LastName: 'B' }]);
		expect(partial.json.map((x: Json) => x.success)).toEqual([false, true]);
		expect(partial.json[0].errors[0].statusCode).toBe('FIELD_CUSTOM_VALIDATION_EXCEPTION');
		const rolledBack = await upsert([{ Email: 'b1@example.com', LastName: 'A' }, { Email: 'b2@example.com', LastName: 'B' }], true);
		expect(rolledBack.json.map((x: Json) => x.errors[0].statusCode)).toEqual(['FIELD_CUSTOM_VALIDATION_EXCEPTION', 'ALL_OR_NONE_OPERATION_ROLLED_BACK']);
		expect((await soql(token, 'SELECT Id FROM Contact WHERE Email = \'b2@example.com\'')).json.totalSize).toBe(0);

		const tooMany = await upsert(Array.from({ length: 201 }, (_, i) => ({ Email: `m${i}@example.com` })));
		expect(tooMany.status).toBe(400);
		expect(tooMany.json[0].errorCode).toBe('EXCEEDED_ID_LIMIT');
		const unknownField = await upsert([{ Email: 'u@example.com', Bogus: 1 }]);
		expect(unknownField.json[0].errorCode).toBe('INVALID_FIELD');

		const del = await call(`/services/data/v60.0/sobjects/Contact/${id}`, { method: 'DELETE', headers: auth });
		expect(del.status).toBe(204);
		expect((await soql(token, `SELECT Id FROM Contact WHERE Id = '${id}'`)).json.totalSize).toBe(0);
		const all = await call(`/services/data/v60.0/queryAll?q=${encodeURIComponent(`SELECT Id, IsDeleted FROM Contact WHERE Id = '${id}'`)}`, { headers: auth });
		expect(all.json.records[0].IsDeleted).toBe(true);
	});

	it('supports custom objects (X__c) and the other standard objects', async () => {
		crm.seed('salesforce', 'Invoice__c', [{ Name: 'INV-1', Amount__c: 12.5, Due__c: '2024-02-01' }]);
		crm.seed('salesforce', 'Lead', [{ FirstName: 'Lea', LastName: 'D', Company: 'X' }]);
		const token = await sfLogin();
		const inv = await soql(token, 'SELECT Id, Name, Amount__c FROM Invoice__c WHERE Amount__c > 10 AND Due__c = 2024-02-01');
		expect(inv.json.records[0]).toMatchObject({ Name: 'INV-1', Amount__c: 12.5 });
		expect(inv.json.records[0].Id).toMatch(/^a0A/);
		expect((await soql(token, 'select name from lead')).json.records[0].Name).toBe('Lea D');
	});
});

describe('Pipedrive personality', () => {
	beforeEach(() => {
		crm.seed('pipedrive', 'organizations', [{ name: 'Acme', update_time: '2024-01-01 00:00:00' }]);
		crm.seed('pipedrive', 'persons', generateContacts(120, { personality: 'pipedrive' }).map((p, i) => (i === 0 ? { ...p, org_id: 1 } : p)));
	});
	const pd = (path: string) => call(`${path}${path.includes('?') ? '&' : '?'}api_token=pd-test-token`);

	it('requires api_token (query or x-api-token header)', async () => {
		const r = await call('/v1/persons');
		expect(r.status).toBe(401);
		expect(r.json).toMatchObject({ success: false, error: 'unauthorized access' });
		expect((await call('/v1/persons', { headers: { 'x-api-token': 'pd-test-token' } })).status).toBe(200);
	});

	it('v1: start/limit pages with additional_data.pagination; v1 date format, email/phone arrays', async () => {
		const ids: number[] = [];
		let start = 0;
		for (;;) {
			const r = await pd(`/v1/persons?start=${start}&limit=50`);
			ids.push(...r.json.data.map((p: Json) => p.id));
			const pg = r.json.additional_data.pagination;
			if (!pg.more_items_in_collection) break;
			start = pg.next_start;
		}
		expect(ids).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
		const first = (await pd('/v1/persons/1')).json.data;
		expect(first).toMatchObject({
			id: 1,
			name: 'Anna Smith',
			email: [{ value: 'anna.smith.1@example.com', primary: true, label: 'work' }],
			phone: [{ value: '+15550000001', primary: true, label: 'work' }],
			org_id: { name: 'Acme', value: 1 },
			owner_id: { id: 1, value: 1 },
			add_time: '2024-01-01 00:00:00',
			update_time: '2024-01-01 00:00:00',
		});
		expect((await pd('/v1/persons/9999')).status).toBe(404);
		expect((await pd('/v1/deals')).json.data).toBeNull();
	});

	it('v2: cursor pages with updated_since and sort_by=update_time; ISO dates; limit > 500 is 400', async () => {
		const ids: number[] = [];
		let cursor: string | null = null;
		do {
			const r: Awaited<ReturnType<typeof call>> = await pd(`/api/v2/persons?limit=25&sort_by=update_time&updated_since=${encodeURIComponent('2024-01-01T00:01:00Z')}${cursor ? `&cursor=${cursor}` : ''}`);
			expect(r.status).toBe(200);
			ids.push(...r.json.data.map((p: Json) => p.id));
			cursor = r.json.additional_data.next_cursor;
		} while (cursor);
		expect(ids).toEqual(Array.from({ length: 60 }, (_, i) => i + 61));
		const one = (await pd('/api/v2/persons/61')).json.data;
		expect(one).toMatchObject({ id: 61, update_time: '2024-01-01T00:01:00Z', emails: [{ value: expect.stringContaining('@example.com'), primary: true }], owner_id: 1 });
		expect((await pd('/api/v2/persons?limit=501')).status).toBe(400);
		const desc = await pd('/api/v2/persons?limit=2&sort_by=id&sort_direction=desc');
		expect(desc.json.data.map((p: Json) => p.id)).toEqual([120, 119]);
	});
});

describe('generic REST personality', () => {
	beforeEach(() => {
		crm.seed('rest', 'contacts', generateContacts(23, { personality: 'rest' }));
	});
	const auth = { authorization: 'Bearer rest-test-token' };

	async function walk(style: string, pageSize = 5, extra = ''): Promise<number[]> {
		const ids: number[] = [];
		let next: string | null = `${crm.url}/rest/${style}/contacts?${style === 'page' || style === 'link' ? 'per_page' : 'limit'}=${pageSize}${extra}`;
		let guard = 0;
		while (next && guard++ < 50) {
			const res = await fetch(next, { headers: auth });
			expect(res.status).toBe(200);
			const body = (await res.json()) as Json;
			const url: URL = new URL(next);
			if (style === 'cursor') {
				ids.push(...body.data.map((r: Json) => r.id));
				url.searchParams.set('cursor', body.next_cursor);
				next = body.next_cursor ? url.toString() : null;
			} else if (style === 'nexturl') {
				ids.push(...body.items.map((r: Json) => r.id));
				next = body.next;
			} else if (style === 'offset') {
				ids.push(...body.records.map((r: Json) => r.id));
				const offset = Number(url.searchParams.get('offset') ?? 0) + body.records.length;
				url.searchParams.set('offset', String(offset));
				next = offset < body.total ? url.toString() : null;
			} else if (style === 'page') {
				ids.push(...body.results.map((r: Json) => r.id));
				url.searchParams.set('page', String(body.page + 1));
				next = body.page < body.pages ? url.toString() : null;
			} else {
				ids.push(...body.map((r: Json) => r.id));
				next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1] ?? null;
			}
		}
		return ids;
	}

	it.each(['cursor', 'nexturl', 'offset', 'page', 'link'])('%s pagination reads every record once', async (style) => {
		expect(await walk(style)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
	});

	it('filters by updated_since and sorts by updated_at', async () => {
		expect(await walk('cursor', 4, `&sort=updated_at&updated_since=${encodeURIComponent('2024-01-01T00:00:20Z')}`)).toEqual([21, 22, 23]);
	});

	it('accepts the token as Bearer, X-API-Key, Basic or api_key; 401 otherwise; auth can be restricted', async () => {
		const basic = `Basic ${Buffer.from('rest-test-token:').toString('base64')}`;
		for (const [path, headers] of [
			['/rest/offset/contacts', { authorization: 'Bearer rest-test-token' }],
			['/rest/offset/contacts', { 'x-api-key': 'rest-test-token' }],
			['/rest/offset/contacts', { authorization: basic }],
			['/rest/offset/contacts?api_key=rest-test-token', {}],
		] as Array<[string, Record<string, string>]>) {
			expect([path, headers, (await call(path, { headers })).status]).toEqual([path, headers, 200]);
		}
		const denied = await call('/rest/offset/contacts', { headers: { authorization: 'Bearer wrong' } });
		expect(denied.status).toBe(401);
		crm.configure({ rest: { auth: 'header' } });
		expect((await call('/rest/offset/contacts', { headers: auth })).status).toBe(401);
		expect((await call('/rest/offset/contacts', { headers: { 'x-api-key': 'rest-test-token' } })).status).toBe(200);
		const open2 = await start({ restToken: null });
		expect((await fetch(`${open2.url}/rest/offset/contacts`)).status).toBe(200);
	});
});

describe('fault injection', () => {
	beforeEach(() => {
		crm.seed('hubspot', 'contacts', generateContacts(30));
	});
	const list = (after?: string) => hs(`/crm/v3/objects/contacts?limit=10${after ? `&after=${after}` : ''}`);

	it('status faults: 429 with Retry-After seconds or HTTP-date, 503, HTML 502; nth / every / times', async () => {
		crm.addFault({ id: 'rl', match: { path: '^/crm/v3/objects/contacts$', nth: [2, 3] }, fault: { type: 'status', status: 429, retryAfter: 1 } });
		const statuses = [];
		for (let i = 0; i < 4; i++) statuses.push(await list());
		expect(statuses.map((r) => r.status)).toEqual([200, 429, 429, 200]);
		expect(statuses[1].headers.get('retry-after')).toBe('1');
		expect(statuses[1].json.policyName).toBe('TEN_SECONDLY_ROLLING');
		expect(crm.faults()[0]).toMatchObject({ id: 'rl', seen: 4, hits: 2 });
		expect(crm.journal().map((e) => e.faults)).toEqual([[], ['rl'], ['rl'], []]);

		crm.clearFaults();
		crm.addFault({ match: { every: 2, times: 1 }, fault: { type: 'status', status: 429, retryAfterDate: 1 } });
		const r = [await list(), await list(), await list(), await list()];
		expect(r.map((x) => x.status)).toEqual([200, 429, 200, 200]);
		const date = Date.parse(r[1].headers.get('retry-after')!);
		expect(date).toBeGreaterThan(Date.now());

		crm.clearFaults();
		crm.addFault({ match: { times: 1 }, fault: { type: 'status', status: 502 } });
		const html = await list();
		expect(html.status).toBe(502);
		expect(html.headers.get('content-type')).toContain('text/html');
		crm.addFault({ match: { times: 1 }, fault: { type: 'status', status: 503, retryAfter: 1, body: { custom: true } } });
		expect((await list()).json).toEqual({ custom: true });
	});

	it('probability faults repeat with the same seed', async () => {
		const run = async (seed: number) => {
			const m = await start({ seed });
			m.seed('rest', 'c', [{ id: 1 }]);
			m.addFault({ match: { probability: 0.5 }, fault: { type: 'status', status: 500 } });
			const out = [];
			for (let i = 0; i < 12; i++) out.push((await fetch(`${m.url}/rest/offset/c`, { headers: { authorization: 'Bearer rest-test-token' } })).status);
			return out;
		};
		const a = await run(7);
		expect(await run(7)).toEqual(a);
		expect(a).toContain(500);
		expect(a).toContain(200);
	});

	it('delay, hang (client timeout fires), reset before headers and mid-body', async () => {
		crm.addFault({ match: { times: 1 }, fault: { type: 'delay', ms: 50 } });
		const t = Date.now();
		expect((await list()).status).toBe(200);
		expect(Date.now() - t).toBeGreaterThanOrEqual(45);

		crm.addFault({ match: { times: 1 }, fault: { type: 'hang' } });
		await expect(fetch(`${crm.url}/crm/v3/objects/contacts`, { headers: HS, signal: AbortSignal.timeout(100) })).rejects.toThrow();
		expect(crm.journal().at(-1)!.status).toBeNull();

		crm.addFault({ match: { times: 1 }, fault: { type: 'reset' } });
		await expect(fetch(`${crm.url}/crm/v3/objects/contacts`, { headers: HS })).rejects.toThrow('fetch failed');
		expect(crm.journal().at(-1)!.status).toBe(0);

		crm.addFault({ match: { times: 1 }, fault: { type: 'reset', when: 'midBody' } });
		const res = await fetch(`${crm.url}/crm/v3/objects/contacts`, { headers: HS });
		expect(res.status).toBe(200);
		await expect(res.text()).rejects.toThrow();
		expect((await list()).status).toBe(200);
	});

	it('malformedJson, emptyBody, wrongContentType, slowBody', async () => {
		crm.addFault({ match: { times: 1 }, fault: { type: 'malformedJson' } });
		const bad = await list();
		expect(bad.status).toBe(200);
		expect(bad.headers.get('content-type')).toContain('application/json');
		expect(() => JSON.parse(bad.text)).toThrow();
		crm.addFault({ match: { times: 1 }, fault: { type: 'emptyBody' } });
		expect((await list()).text).toBe('');
		crm.addFault({ match: { times: 1 }, fault: { type: 'wrongContentType' } });
		expect((await list()).headers.get('content-type')).toContain('text/html');
		crm.addFault({ match: { times: 1 }, fault: { type: 'slowBody', chunkSize: 512, intervalMs: 1 } });
		expect((await list()).json.results).toHaveLength(10);
	});

	it('duplicatePage replays the previous page (same records, same cursor); shortPage keeps paging intact', async () => {
		const p1 = await list();
		crm.addFault({ match: { nth: 1 }, fault: { type: 'duplicatePage' } });
		const p2 = await list(p1.json.paging.next.after);
		expect(p2.text).toBe(p1.text);

		crm.clearFaults();
		crm.addFault({ match: { path: 'search$' }, fault: { type: 'shortPage', size: 3 } });
		const s = await search('contacts', { limit: 10 });
		expect(s.json.results).toHaveLength(3);
		expect(s.json.paging.next.after).toBe('3');
	});

	it('shortPage on an offset API: fewer records than asked, total unchanged', async () => {
		crm.seed('rest', 'c', generateContacts(10, { personality: 'rest' }));
		crm.addFault({ match: { path: '^/rest/offset/c$', times: 1 }, fault: { type: 'shortPage', size: 2 } });
		const r = await call('/rest/offset/c?limit=5', { headers: { 'x-api-key': 'rest-test-token' } });
		expect(r.json.records.map((x: Json) => x.id)).toEqual([1, 2]);
		expect(r.json.total).toBe(10);
	});

	it('tokenExpiry: 401 in the personality\'s shape; a Salesforce session stays invalid', async () => {
		crm.addFault({ match: { personality: 'hubspot', times: 1 }, fault: 'tokenExpiry' });
		expect((await list()).status).toBe(401);
		expect((await list()).status).toBe(200);

		crm.seed('salesforce', 'Contact', [{ LastName: 'X' }]);
		const token = await sfLogin();
		crm.addFault({ match: { personality: 'salesforce', path: '/query', times: 1 }, fault: 'tokenExpiry' });
		expect((await soql(token, 'SELECT Id FROM Contact')).json[0].errorCode).toBe('INVALID_SESSION_ID');
		expect((await soql(token, 'SELECT Id FROM Contact')).status).toBe(401);
		expect((await soql(await sfLogin(), 'SELECT Id FROM Contact')).status).toBe(200);
	});
});

describe('clock, journal and the /__mock control API', () => {
	const ctl = (path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') =>
		call(`/__mock${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

	it('drives seed, clock, faults, requests, config, store and reset over HTTP', async () => {
		expect((await ctl('/clock', { now: '2025-05-05T05:05:05.000Z' })).json.now).toBe('2025-05-05T05:05:05.000Z');
		expect((await ctl('/clock', { advanceMs: 1000 })).json.now).toBe('2025-05-05T05:05:06.000Z');
		expect((await ctl('/seed', { personality: 'hubspot', objectType: 'contacts', records: [{ properties: { email: 'c@example.com' } }] })).json).toMatchObject({ count: 1, ids: ['1'] });
		expect((await ctl('/seed', { personality: 'hubspot', objectType: 'deals', generate: { n: 3, sameTimestamp: '2024-01-02T00:00:00Z' } })).json.count).toBe(3);
		const stored = (await ctl('/store/hubspot/contacts')).json;
		expect(stored[0]).toMatchObject({ id: '1', updatedAt: '2025-05-05T05:05:06.000Z', properties: { email: 'c@example.com' } });

		expect((await ctl('/faults', { match: { nth: 1 }, fault: { type: 'status', status: 500 } })).json.ids).toEqual(['f1']);
		expect((await hs('/crm/v3/objects/contacts')).status).toBe(500);
		expect((await ctl('/faults')).json[0]).toMatchObject({ id: 'f1', hits: 1 });
		await ctl('/faults', undefined, 'DELETE');
		await ctl('/config', { hubspot: { token: 'other' } });
		expect((await hs('/crm/v3/objects/contacts')).status).toBe(401);

		const journal = (await ctl('/requests')).json;
		expect(journal.map((e: Json) => [e.method, e.path, e.status, e.clock])).toEqual([
			['GET', '/crm/v3/objects/contacts', 500, '2025-05-05T05:05:06.000Z'],
			['GET', '/crm/v3/objects/contacts', 401, '2025-05-05T05:05:06.000Z'],
		]);
		expect(journal[0].headers.authorization).toBe('Bearer pat-test-token');
		expect(typeof journal[0].at).toBe('number');

		await ctl('/reset', {});
		expect((await ctl('/requests')).json).toEqual([]);
		expect((await ctl('/store/hubspot/contacts')).json).toEqual([]);
		expect((await hs('/crm/v3/objects/contacts')).status).toBe(200);
		expect((await ctl('/nope')).status).toBe(404);
	});

	it('records POST bodies in the journal and stamps writes with the virtual clock', async () => {
		crm.setClock('2030-01-01T00:00:00.000Z');
		await hs('/crm/v3/objects/companies/batch/create', { inputs: [{ properties: { name: 'Clockwork' } }] });
		const [entry] = crm.journal({ method: 'POST' });
		expect(entry.body).toEqual({ inputs: [{ properties: { name: 'Clockwork' } }] });
		expect(crm.records('hubspot', 'companies')[0]).toMatchObject({ createdAt: '2030-01-01T00:00:00.000Z', properties: { hs_lastmodifieddate: '2030-01-01T00:00:00.000Z' } });
	});

	it('close() resolves while a request hangs', async () => {
		const m = await startMockCrm();
		m.addFault({ fault: { type: 'hang' } });
		const pending = fetch(`${m.url}/rest/offset/x`).then(() => 'answered', (e: Error) => `failed: ${e.message}`);
		await new Promise((r) => setTimeout(r, 20));
		await m.close();
		expect(await pending).toBe('failed: fetch failed');
	});

	it('runs as a process that prints its URL', async () => {
		// The e2e tests and the demo run the mock as its own process, like this.
		// eslint-disable-next-line @n8n/community-nodes/no-dangerous-functions
		const child = spawn(process.execPath, [join(__dirname, '../mock-crm/index.js'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
		try {
			const line = await new Promise<string>((resolve, reject) => {
				createInterface({ input: child.stdout! }).once('line', resolve);
				child.once('exit', (code) => reject(new Error(`mock exited ${code}`)));
			});
			const { url } = JSON.parse(line) as { url: string };
			expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
			expect(await (await fetch(`${url}/__mock/health`)).json()).toEqual({ ok: true, url });
		} finally {
			child.kill('SIGTERM');
		}
	});
});
