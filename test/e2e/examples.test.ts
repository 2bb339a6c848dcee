/**
 * End to end: the packed tarball installed into a real n8n 2.40.7 as a community package, the
 * example workflows imported and activated, and each one driven through its production webhook.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx, writeXlsx } from '../../lib/formats/xlsx';
import { parseCsv } from '../../lib/formats/csv';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const n8n = require('../../scripts/n8n-instance.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createDemoCredentials, hubspotContacts } = require('../../scripts/demo-services.js');

const EXAMPLES = join(__dirname, '../../examples');
let instance: { url: string; stop: () => Promise<void>; logFile: string; userFolder: string };
let imported: Array<{ file: string; id: string; active: boolean }>;
let apiKey: string;
// The mock CRM runs in this process on 127.0.0.1; n8n reaches it like a real HubSpot.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startMockCrm, generateContacts } = require('../mock-crm') as typeof import('../mock-crm');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startMockSink } = require('../mock-sink') as typeof import('../mock-sink');
let crm: Awaited<ReturnType<typeof startMockCrm>>;
let sink: Awaited<ReturnType<typeof startMockSink>>;

beforeAll(async () => {
	crm = await startMockCrm();
	sink = await startMockSink({ token: 'sink-token' });
	instance = await n8n.startN8n();
	const owner = await n8n.setupOwner(instance.url);
	apiKey = owner.apiKey;
	const credentials = await createDemoCredentials(instance.url, apiKey, { crm, sink });
	imported = await n8n.importWorkflows(instance.url, owner.apiKey, EXAMPLES, credentials);
}, 20 * 60 * 1000);

afterAll(async () => {
	await instance?.stop();
	await crm?.close();
	await sink?.close();
});

async function post(path: string, body: string | Uint8Array, contentType: string): Promise<Response> {
	const res = await n8n.postWebhook(instance.url, path, body, contentType);
	if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}\nn8n log: ${instance.logFile}`);
	return res;
}

test('the installed package has no runtime dependencies and ships only dist, index.js, README and LICENSE', () => {
	const dir = join(instance.userFolder, '.n8n/nodes/node_modules/n8n-nodes-crm-integration');
	expect(readdirSync(dir).sort()).toEqual(['LICENSE', 'README.md', 'dist', 'index.js', 'package.json']);
	const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	expect(pkg.dependencies).toBeUndefined();
	// The installed package lists every node and credential the repository builds, and they are all there.
	const repo = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
	expect(pkg.n8n).toEqual(repo.n8n);
	for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) expect(readdirSync(join(dir, file, '..'))).toContain(file.split('/').pop());
});

test('every example workflow is imported and the webhook ones are active', () => {
	expect(imported.map((w) => w.file).sort()).toEqual(readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).sort());
	expect(imported.every((w) => w.active)).toBe(true);
});

test('a CSV upload becomes one item per row (quoted newlines, BOM, detected delimiter)', async () => {
	const csv = '\ufeffid;name;note\n1;Ada;"two\nlines"\n2;Grace;"said ""hi"""\n';
	const items = await (await post('crm/csv-to-items', csv, 'text/csv')).json();
	expect(items).toEqual([
		{ id: '1', name: 'Ada', note: 'two\nlines' },
		{ id: '2', name: 'Grace', note: 'said "hi"' },
	]);
});

test('a malformed CSV upload fails the execution with an error naming the line', async () => {
	const res = await n8n.postWebhook(instance.url, 'crm/csv-to-items', 'a,b\n1,2\n3,4,5\n', 'text/csv');
	// n8n answers the caller with a generic message; the execution holds the node's error.
	expect(res.status).toBe(500);
	const workflowId = imported.find((w) => w.file === 'csv-file-to-items.json')!.id;
	const list = await n8n.api(instance.url, apiKey, 'GET', `/executions?workflowId=${workflowId}&status=error`);
	expect(list.data.length).toBeGreaterThan(0);
	const execution = await n8n.api(instance.url, apiKey, 'GET', `/executions/${list.data[0].id}?includeData=true`);
	const error = execution.data.resultData.error;
	expect(error.message).toMatch(/Item 0: The row has 3 fields, the header has 2 \(line 3, row 2\)/);
	expect(error.node.type).toBe('n8n-nodes-crm-integration.convertFormat');
});

test('JSON records become an Excel file that reads back with the same values and types', async () => {
	const records = [
		{ name: 'Ada', employees: 120, active: true },
		{ name: 'Grace', employees: 45.5, active: false },
	];
	const res = await post('crm/items-to-xlsx', JSON.stringify({ records }), 'application/json');
	expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
	const bytes = new Uint8Array(await res.arrayBuffer());
	expect(await readXlsx(bytes, {})).toEqual(records);
});

test('an Excel upload becomes items', async () => {
	const bytes = await writeXlsx([{ company: 'Acme', revenue: 1.5 }, { company: 'Globex', revenue: 2 }], { sheetName: 'Accounts' });
	const items = await (
		await post('crm/xlsx-to-items', bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
	).json();
	expect(items).toEqual([
		{ company: 'Acme', revenue: 1.5 },
		{ company: 'Globex', revenue: 2 },
	]);
});

test('XML text in a webhook body becomes a CSV file, formulas neutralised', async () => {
	const xml =
		'<contacts><contact id="7"><name>Ada</name><city>London</city></contact>' +
		'<contact id="8"><name>=cmd()</name><city>Paris</city></contact></contacts>';
	const res = await post('crm/xml-to-csv', JSON.stringify({ xml }), 'application/json');
	const rows = await parseCsv(await res.text(), {});
	expect(rows.map((r) => r.name)).toEqual(['Ada', "'=cmd()"]);
	expect(rows.map((r) => r.city)).toEqual(['London', 'Paris']);
});

test('the showcase turns the demo contact export into clean, typed, nested records', async () => {
	const csv = readFileSync(join(EXAMPLES, 'data/contacts.csv'));
	const items = await (await post('crm/showcase', csv, 'text/csv')).json();
	// Six rows in; the second Ada (same email once normalised, fewer fields) is removed.
	expect(items.map((i: { email: string }) => i.email)).toEqual([
		'ada@example.com',
		'grace@example.org',
		'hedy@example.net',
		'katherine@example.com',
		'alan.turing@gmail.com',
	]);
	expect(items[0]).toMatchObject({
		Name: 'Ada Lovelace',
		address: { city: 'London', zip: 'N1 9GU' },
		annual_revenue: 1234567.89,
		employees: 120,
		newsletter: true,
	});
	expect(items[0].signed_up).toBe('2023-12-10T00:00:00.000+01:00');
	// 31.02.2024 is no date: kept as is, and the item says why.
	expect(items[2].signed_up).toBe('31.02.2024');
	expect(items[2]._conversionErrors).toEqual([expect.objectContaining({ field: 'signed_up' })]);
	// Alan's missing employee count is the median of the others: 120, 45, 7, 120 and Katherine's
	// "3.000", which Convert Field Types leaves as text (1,000 times apart read as de or en) and
	// which reads as the plain decimal 3.
	expect(items[3].employees).toBe('3.000');
	expect(items[4]).toMatchObject({ Name: 'Alan Turing', employees: 45, annual_revenue: 45000 });
});

test('Clean Data answers dirty records with clean ones and a quality report', async () => {
	const records = JSON.parse(readFileSync(join(EXAMPLES, 'data/dirty-contacts.json'), 'utf8'));
	const answer = await (await post('crm/clean', JSON.stringify({ records }), 'application/json')).json();
	const report = answer.pop();
	expect(answer).toEqual([
		expect.objectContaining({
			name: 'Anna Smith',
			email: 'anna.smith@gmail.com',
			phone: '+49301234567',
			country: 'DE',
			website: 'https://example.com',
			company: 'acme GmbH',
		}),
		expect.objectContaining({ name: 'Ben Okafor', country: 'GB', phone: '+442079460958', company: 'Okafor Ltd', employees: 60 }),
		expect.objectContaining({ name: 'Dev Patel', country: 'IN', revenue: 141875 }),
		expect.objectContaining({ name: 'Eve Müller', country: 'DE', phone: '+498912345678', website: 'https://mueller.de' }),
	]);
	// Carla's address has no domain: she went to the Invalid output, which the answer leaves out.
	expect(report.qualityReport).toMatchObject({ recordsIn: 5, recordsOut: 4, invalid: 1 });
	expect(report.qualityReport.fields.email).toMatchObject({ invalid: 1, missingAfter: 0 });
});

test('Fuse Records merges CRM contacts and ERP customers (CSV) into golden records with lineage', async () => {
	const crm = JSON.parse(readFileSync(join(EXAMPLES, 'data/crm-contacts.json'), 'utf8'));
	const erpCsv = readFileSync(join(EXAMPLES, 'data/erp-customers.csv'), 'utf8');
	const golden = await (await post('crm/fuse', JSON.stringify({ crm, erpCsv }), 'application/json')).json();
	// 12 contacts and 12 customers, 9 of them the same people: 15 entities.
	expect(golden).toHaveLength(15);
	const merged = golden.filter((g: { _cluster: { size: number } }) => g._cluster.size === 2);
	const pairs = merged.map((g: { id: string; customer_no: string }) => `${g.id}+${g.customer_no}`).sort();
	expect(pairs).toEqual(['C-1001+E-501', 'C-1002+E-502', 'C-1003+E-503', 'C-1004+E-504', 'C-1005+E-505', 'C-1006+E-506', 'C-1007+E-507', 'C-1008+E-508', 'C-1010+E-512']);
	const jon = golden.find((g: { id?: string }) => g.id === 'C-1001');
	// Most recent wins by default (the ERP record is newer), the CRM's email by field rule.
	expect(jon).toMatchObject({ first_name: 'John', email: 'jon.smith@acme.com', phone: '+49301234567', revenue: '125000', owner: 'Lena' });
	expect(jon._lineage.email).toEqual({ strategy: 'sourcePriority', sources: [{ source: 'crm', index: 0 }] });
	expect(jon._lineage.first_name.sources).toEqual([{ source: 'erp', index: 0 }]);
	expect(jon._cluster.matchProbability.min).toBeGreaterThan(0.9);
});

test('CRM Source reads the changed HubSpot contacts, and next time only what changed since', async () => {
	crm.seed('hubspot', 'contacts', generateContacts(20, { personality: 'hubspot' }));
	const first = await (await post('crm/changed-contacts', '{}', 'application/json')).json();
	expect(first).toHaveLength(20);
	expect(first[0]).toMatchObject({ source: 'hubspot', objectType: 'contacts', email: expect.stringContaining('@') });
	// The cursor is kept in the workflow's static data: the same call now reads nothing new ...
	const again = await post('crm/changed-contacts', '{}', 'application/json');
	const second = await again.text();
	expect(second.includes('@example.com')).toBe(false);
	// ... and after two more contacts change, just those two.
	crm.advanceClock(60_000);
	crm.seed('hubspot', 'contacts', generateContacts(2, { personality: 'hubspot', start: crm.now(), startId: 500 }));
	const third = await (await post('crm/changed-contacts', '{}', 'application/json')).json();
	expect(third.map((c: { id: string }) => c.id)).toEqual(['500', '501']);
	expect(crm.journal({ path: '/search$' }).every((e: { headers: Record<string, string> }) => e.headers.authorization === 'Bearer pat-test-token')).toBe(true);
});

test('Third-Party Sync sends a cleaned CSV upload to a REST API once, and then only what changed', async () => {
	const csv = 'name,email,phone\nada lovelace, ADA@Example.com ,030 1234567\ngrace hopper,grace@example.org,+49 40 7654321\nalan turing,alan@gmial.com,089 12345678\n';
	const first = await (await post('crm/sync-csv', csv, 'text/csv')).json();
	expect(first.map((i: { email: string; _sync: { status: string } }) => [i.email, i._sync.status])).toEqual([
		['ada@example.com', 'created'],
		['grace@example.org', 'created'],
		['alan@gmail.com', 'created'],
	]);
	expect(first[0]).toMatchObject({ name: 'Ada Lovelace', phone: '+49301234567', _sync: { destinationId: expect.stringMatching(/^snk_/) } });
	const stored = sink.records('contacts') as Array<{ key: string }>;
	expect(stored.map((r) => r.key).sort()).toEqual(['ada@example.com', 'alan@gmail.com', 'grace@example.org']);
	// The same upload again: nothing changed, nothing sent.
	const requests = sink.requests().length;
	const second = await (await post('crm/sync-csv', csv, 'text/csv')).json();
	expect(second.map((i: { _sync: { status: string } }) => i._sync.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
	expect(sink.requests().length).toBe(requests);
});

test('HubSpot contacts reach Salesforce as upserts by external ID, once each', async () => {
	crm.seed('hubspot', 'contacts', generateContacts(8, { personality: 'hubspot', startId: 900 }));
	const res = await post('crm/hubspot-to-salesforce', '{}', 'application/json');
	const answer = await res.json();
	expect(answer.filter((i: { _sync?: { status: string } }) => i._sync?.status === 'created').length).toBeGreaterThanOrEqual(8);
	const contacts = crm.records('salesforce', 'Contact') as Array<{ HubSpot_Id__c?: string }>;
	const synced = contacts.filter((c) => c.HubSpot_Id__c && Number(c.HubSpot_Id__c) >= 900 && Number(c.HubSpot_Id__c) < 908);
	expect(synced).toHaveLength(8);
});

test('the pipeline showcase reads HubSpot, cleans, fuses with the ERP CSV and syncs golden customers once', async () => {
	crm.reset();
	sink.reset();
	crm.seed('hubspot', 'contacts', hubspotContacts());
	const erpCsv = readFileSync(join(EXAMPLES, 'data/erp-customers.csv'), 'utf8');
	const first = await (await post('crm/pipeline', JSON.stringify({ erpCsv }), 'application/json')).json();
	// 12 CRM contacts and 12 ERP customers, 9 of them the same people: 15 golden customers.
	expect(first).toHaveLength(15);
	expect(first.every((c: { _sync: { status: string } }) => c._sync.status === 'created')).toBe(true);
	const jon = first.find((c: { email: string }) => c.email === 'jon.smith@acme.com');
	expect(jon).toMatchObject({ first_name: 'Jon', last_name: 'Smith', phone: '+49301234567', revenue: '125000' });
	expect(sink.records('customers')).toHaveLength(15);
	// Again: nothing changed, nothing sent.
	const requests = sink.requests().length;
	const second = await (await post('crm/pipeline', JSON.stringify({ erpCsv }), 'application/json')).json();
	expect(second.map((c: { _sync: { status: string } }) => c._sync.status)).toEqual(Array(15).fill('unchanged'));
	expect(sink.requests().length).toBe(requests);
});

describe('CRM Trigger (examples/crm-trigger-hubspot-sync.json)', () => {
	// The HubSpot app's client secret: the mock CRM signs with it, the demo credential holds it.
	const CLIENT_SECRET = 'hubspot-app-client-secret';
	let workflowId: string;
	let webhookUrl: string;

	interface ExecutionSummary {
		id: string;
		status: string;
	}

	async function executions(): Promise<ExecutionSummary[]> {
		return (await n8n.api(instance.url, apiKey, 'GET', `/executions?workflowId=${workflowId}`)).data;
	}

	/** Waits until the workflow has `count` finished executions; returns them newest first. */
	async function finished(count: number): Promise<ExecutionSummary[]> {
		const deadline = Date.now() + 60_000;
		for (;;) {
			const list = (await executions()).filter((e) => !['new', 'running', 'waiting'].includes(e.status));
			if (list.length >= count || Date.now() > deadline) return list;
			await new Promise((r) => setTimeout(r, 250));
		}
	}

	beforeAll(async () => {
		workflowId = imported.find((w) => w.file === 'crm-trigger-hubspot-sync.json')!.id;
		// The production URL n8n shows for the trigger: /webhook/<the node's webhook id>/webhook.
		const workflow = await n8n.api(instance.url, apiKey, 'GET', `/workflows/${workflowId}`);
		const trigger = workflow.nodes.find((node: { type: string }) => node.type === 'n8n-nodes-crm-integration.crmTrigger');
		webhookUrl = `${instance.url}/webhook/${trigger.webhookId}/webhook`;
	});

	test('a bad signature gets 401 and starts no execution; a signed change event runs the workflow once', async () => {
		sink.reset();
		const [contactId] = crm.seed('hubspot', 'contacts', [
			{ properties: { email: ' ADA.Lovelace@Example.com ', firstname: 'ada', lastname: 'lovelace', phone: '030 1234567', company: 'Analytical Engines' } },
		]);
		const event = { eventId: 9001, subscriptionType: 'contact.propertyChange', objectId: Number(contactId), propertyName: 'phone', propertyValue: '030 1234567' };

		for (const knob of [{ badSignature: true }, { tamperBody: true }, { stale: true }]) {
			const refused = await crm.emitHubSpotWebhook({ targetUrl: webhookUrl, clientSecret: CLIENT_SECRET, events: [event], ...knob });
			expect({ knob, status: refused.deliveries[0].status, body: JSON.parse(refused.deliveries[0].body ?? '{}') }).toEqual({
				knob,
				status: 401,
				body: { error: 'Unauthorized', reason: knob.stale ? 'stale' : 'bad-signature' },
			});
		}
		await new Promise((r) => setTimeout(r, 1000));
		expect(await executions()).toEqual([]);

		const accepted = await crm.emitHubSpotWebhook({ targetUrl: webhookUrl, clientSecret: CLIENT_SECRET, events: [event] });
		// Answered 200 (no body) once n8n has registered the execution.
		expect(accepted.deliveries.map((d) => [d.status, d.body])).toEqual([[200, '']]);
		const [run] = await finished(1);
		expect(run.status).toBe('success');
		const execution = await n8n.api(instance.url, apiKey, 'GET', `/executions/${run.id}?includeData=true`);
		const runData = execution.data.resultData.runData;
		const item = runData['HubSpot Contact Changed'][0].data.main[0][0].json;
		expect(item).toMatchObject({ source: 'hubspot', eventId: '9001', subscriptionType: 'contact.propertyChange', objectType: 'contacts', objectId: String(contactId) });
		expect(item.record).toMatchObject({ id: String(contactId), source: 'hubspot', email: ' ADA.Lovelace@Example.com ', phone: '030 1234567' });
		// Cleaned and synced: one PUT to the REST API, keyed by the normalised email.
		const stored = sink.records('contacts');
		expect(stored.map((r) => r.key)).toEqual(['ada.lovelace@example.com']);
		expect(stored[0].record).toMatchObject({ hubspotId: String(contactId), email: 'ada.lovelace@example.com', phone: '+49301234567', name: 'Ada Lovelace' });

		// HubSpot delivers the same event again (a retry, a duplicate): answered 200, nothing runs.
		const repeat = await crm.emitHubSpotWebhook({ targetUrl: webhookUrl, clientSecret: CLIENT_SECRET, events: [event], duplicate: true });
		expect(repeat.deliveries.map((d) => [d.status, JSON.parse(d.body ?? '{}')])).toEqual([
			[200, { received: 1, duplicates: 1 }],
			[200, { received: 1, duplicates: 1 }],
		]);
		await new Promise((r) => setTimeout(r, 1000));
		expect(await executions()).toHaveLength(1);
	});
});
