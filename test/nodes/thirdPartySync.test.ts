/**
 * The Third-Party Sync node inside n8n-core's real WorkflowExecute engine, against the sink mock
 * and the mock CRM (real HTTP servers on 127.0.0.1): records sent once in effect, only changed ones
 * on the next run, failures on the second output, dry runs that send nothing, signed webhooks whose
 * secret never shows, and HubSpot upserts split per record.
 */
import type { IDataObject, INode, INodeExecutionData } from 'n8n-workflow';
import { testCredentials } from './credentialsHelper';
import { runWorkflow } from './harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startMockSink, auditLedger } = require('../mock-sink') as typeof import('../mock-sink');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startMockCrm } = require('../mock-crm') as typeof import('../mock-crm');

let sink: Awaited<ReturnType<typeof startMockSink>>;
let crm: Awaited<ReturnType<typeof startMockCrm>>;
const SECRET = 'whsec-test-secret';

function workflow(parameters: IDataObject, credentialType = 'crmThirdPartyApi', staticData?: IDataObject) {
	const node: INode = {
		id: 'sync-node',
		name: 'Sync',
		type: 'n8n-nodes-crm-integration.thirdPartySync',
		typeVersion: 1,
		position: [0, 0],
		parameters: { keyField: 'id', ...parameters, options: { checkpoint: false, ...(parameters.options as IDataObject) } },
		credentials: { [credentialType]: { id: '1', name: 'Test' } },
	};
	return { nodes: [node], connections: {}, staticData };
}

const contacts = (n: number, change: (i: number) => object = () => ({})): INodeExecutionData[] =>
	Array.from({ length: n }, (_, i) => ({ json: { id: `c${i}`, email: `person${i}@example.com`, name: `Person ${i}`, ...change(i) } }));

beforeAll(async () => {
	sink = await startMockSink({ token: 'sink-token', signingSecret: SECRET });
	crm = await startMockCrm();
});

afterAll(async () => {
	await sink.close();
	await crm.close();
});

beforeEach(() => {
	sink.reset();
	crm.reset();
	testCredentials.set('crmThirdPartyApi', { baseUrl: sink.url, authType: 'bearer', token: 'sink-token', signingSecret: SECRET, accessToken: '' });
	testCredentials.set('crmHubSpotPrivateAppApi', { accessToken: 'pat-test-token', baseUrl: crm.url });
});

const rest = { destination: 'rest', method: 'PUT', sendMode: 'perRecord', pathTemplate: '/api/contacts/{{id}}', bodyMode: 'item', format: 'json' };

describe('Third-Party Sync to a REST API', () => {
	it('sends each record once in effect through faults, then only what changed', async () => {
		sink.addFault({ match: { path: '^/api/contacts/', nth: [2, 5] }, fault: { type: 'applyThenReset' } });
		sink.addFault({ match: { path: '^/api/contacts/', nth: [7] }, fault: { type: 'status', status: 503 } });
		const first = await runWorkflow(workflow({ ...rest, options: { maxRetries: 3, responseFields: 'key, record.email' } }), 'Sync', contacts(20));
		const synced = first.output('Sync', 0);
		expect(synced).toHaveLength(20);
		// Chosen fields of the service's answer are merged into each item.
		expect(synced[4].json).toMatchObject({ key: 'c4', email: 'person4@example.com' });
		expect(synced.every((i) => (i.json._sync as IDataObject).status === 'created')).toBe(true);
		expect(synced.map((i) => i.pairedItem)).toEqual(contacts(20).map((_, item) => ({ item })));
		const audit = auditLedger(sink.ledger({ collection: 'contacts' }), contacts(20).map((i) => ({ key: String(i.json.id) })));
		expect(audit).toMatchObject({ ok: true, lost: [], doubled: [] });

		sink.clearFaults();
		const requestsBefore = sink.requests().length;
		const second = await runWorkflow(workflow(rest, 'crmThirdPartyApi', first.staticData), 'Sync', contacts(20, (i) => (i === 3 ? { name: 'Renamed' } : {})));
		const statuses = second.output('Sync', 0).map((i) => (i.json._sync as IDataObject).status);
		expect(statuses.filter((s) => s === 'unchanged')).toHaveLength(19);
		expect(statuses[3]).toBe('updated');
		expect(sink.requests().length - requestsBefore).toBe(1);
	});

	it('puts records that fail after retries on the Failed output with their error', async () => {
		sink.addFault({ match: { path: '^/api/contacts/c1$' }, fault: { type: 'status', status: 422, body: { error: 'email rejected' } } });
		const result = await runWorkflow(workflow({ ...rest, options: { maxRetries: 1 } }), 'Sync', contacts(3));
		expect(result.output('Sync', 0)).toHaveLength(2);
		const [failed] = result.output('Sync', 1);
		expect(failed.json).toMatchObject({ id: 'c1', _sync: { status: 'failed', error: { status: 422 } } });
		expect(failed.pairedItem).toEqual({ item: 1 });
	});

	it('in a dry run, shows the requests and sends nothing', async () => {
		const result = await runWorkflow(workflow({ ...rest, options: { dryRun: true } }), 'Sync', contacts(3));
		const shown = result.output('Sync', 0);
		expect(shown).toHaveLength(3);
		expect(shown[0].json).toMatchObject({ dryRun: true, method: 'PUT', url: `${sink.url}/api/contacts/c0` });
		expect(sink.requests()).toHaveLength(0);
	});
});

describe('Third-Party Sync with OAuth2 client credentials', () => {
	it('fetches a token once, and a new one when the service says it expired', async () => {
		const oauthSink = await startMockSink({ oauth2: { clientId: 'sync-client', clientSecret: 'sync-secret' } });
		try {
			testCredentials.set('crmThirdPartyApi', {
				baseUrl: oauthSink.url,
				authType: 'oauth2',
				tokenUrl: `${oauthSink.url}/oauth/token`,
				clientId: 'sync-client',
				clientSecret: 'sync-secret',
				accessToken: '',
			});
			const first = await runWorkflow(workflow({ ...rest, options: { changeDetection: false, concurrency: 1 } }), 'Sync', contacts(3));
			expect(first.output('Sync', 0)).toHaveLength(3);
			expect(testCredentials.preAuthentications.get('crmThirdPartyApi')).toBe(1);
			oauthSink.revokeTokens();
			const second = await runWorkflow(workflow({ ...rest, options: { changeDetection: false, concurrency: 1 } }), 'Sync', contacts(3));
			// The same requests again (the service replays its answers to the same idempotency keys), none failed.
			expect(second.output('Sync', 0)).toHaveLength(3);
			expect(second.output('Sync', 1)).toHaveLength(0);
			expect(testCredentials.preAuthentications.get('crmThirdPartyApi')).toBe(2);
			expect(JSON.stringify(first.run.data) + JSON.stringify(second.run.data)).not.toContain('sync-secret');
		} finally {
			await oauthSink.close();
		}
	});
});

describe('Third-Party Sync to a signed webhook and to HubSpot', () => {
	it('signs each request so the receiver accepts it, and never shows the secret', async () => {
		const result = await runWorkflow(workflow({ destination: 'webhook', webhookPath: '/hooks/crm' }), 'Sync', contacts(4));
		expect(result.output('Sync', 0)).toHaveLength(4);
		expect(result.output('Sync', 1)).toHaveLength(0);
		expect(sink.requests().filter((r: { status: number }) => r.status === 401)).toHaveLength(0);
		const dry = await runWorkflow(workflow({ destination: 'webhook', webhookPath: '/hooks/crm', options: { dryRun: true } }), 'Sync', contacts(1));
		expect(JSON.stringify(result.run.data) + JSON.stringify(dry.run.data)).not.toContain(SECRET);
	});

	it('upserts HubSpot contacts by email, created then updated', async () => {
		const items = contacts(3).map((i) => ({ json: { email: i.json.email, firstname: `First ${String(i.json.id)}` } }));
		const parameters = { destination: 'hubspot', hubspotObject: 'contacts', idProperty: 'email', keyField: 'email', options: { changeDetection: false } };
		const first = await runWorkflow(workflow(parameters, 'crmHubSpotPrivateAppApi'), 'Sync', items);
		expect(first.output('Sync', 0).map((i) => (i.json._sync as IDataObject).status)).toEqual(['created', 'created', 'created']);
		const second = await runWorkflow(workflow(parameters, 'crmHubSpotPrivateAppApi'), 'Sync', items);
		expect(second.output('Sync', 0).map((i) => (i.json._sync as IDataObject).status)).toEqual(['updated', 'updated', 'updated']);
		expect(second.output('Sync', 0)[0].json._sync).toMatchObject({ destinationId: expect.any(String) });
	});
});
