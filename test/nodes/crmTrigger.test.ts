/**
 * CRM Trigger and CRM Poll Trigger, their `webhook()` and `poll()` methods called directly as
 * n8n calls them (WorkflowExecute never runs a trigger's webhook or a production poll): inside
 * n8n-core's own WebhookContext and PollContext, so parameters, defaults, credentials (applied
 * by the test credentials helper) and static data behave as in n8n, with the request and the
 * response of a real HTTP server on 127.0.0.1 that plays n8n's webhook endpoint. Each call gets a
 * fresh Workflow built from the static data saved after the previous one, as n8n loads it from
 * its database for every webhook call and poll, so what survives is what n8n would keep.
 *
 * Webhooks come from the mock CRM's HubSpot sender (v3 signatures; stale, tampered, badly
 * signed and duplicate deliveries), from the mock sink's signer (HMAC `timestamp.body`) and from
 * hand-made requests; polls read the mock CRM with ties on the cursor, failures and restarts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import { PollContext, WebhookContext } from 'n8n-core';
import { CrmPollTrigger } from '../../nodes/CrmPollTrigger/CrmPollTrigger.node';
import { CrmTrigger } from '../../nodes/CrmTrigger/CrmTrigger.node';
import { testCredentials } from './credentialsHelper';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startMockCrm, signHubSpotV3 } = require('../mock-crm') as typeof import('../mock-crm');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { signatureHeaders } = require('../mock-sink/signature') as { signatureHeaders: (secret: string, rawBody: string, timestamp?: number) => Record<string, string> };

type MockCrm = Awaited<ReturnType<typeof startMockCrm>>;

const TRIGGER = 'n8n-nodes-crm-integration.crmTrigger';
const POLL_TRIGGER = 'n8n-nodes-crm-integration.crmPollTrigger';
const CLIENT_SECRET = 'hubspot-app-client-secret';
const HMAC_SECRET = 'hmac-signing-secret';
const SHARED_SECRET = 'shared-secret-value';
const WEBHOOK_ID = 'crm-events';

const nodeTypes: Record<string, INodeType> = { [TRIGGER]: new CrmTrigger(), [POLL_TRIGGER]: new CrmPollTrigger() };
const types: INodeTypes = {
	getByName: (type) => nodeTypes[type],
	getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(nodeTypes[type], version) as INodeType,
	getKnownTypes: () => ({}),
};

/** A one-node workflow as n8n builds it for a webhook call or a poll: defaults applied, static data loaded. */
function workflowOf(type: string, parameters: IDataObject, staticData: IDataObject, credentials: INode['credentials']): Workflow {
	const node: INode = {
		id: 'trigger',
		name: 'CRM Trigger',
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INodeParameters,
		credentials,
		webhookId: WEBHOOK_ID,
	};
	return new Workflow({ id: 'wf-1', name: 'test', nodes: [node], connections: {}, nodeTypes: types, active: true, staticData, settings: { executionOrder: 'v1' } });
}

/** Whether the static data changed (n8n saves it only then), and its JSON. */
function savedStaticData(workflow: Workflow): IDataObject | undefined {
	if (workflow.staticData.__dataChanged !== true) return undefined;
	return JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
}

const credentialRefs = {
	crmWebhookSecretApi: { id: '1', name: 'Webhook secret' },
	crmHubSpotPrivateAppApi: { id: '2', name: 'HubSpot' },
	crmPipedriveApi: { id: '3', name: 'Pipedrive' },
};

let crm: MockCrm;

beforeAll(async () => {
	crm = await startMockCrm();
});

afterAll(async () => {
	await crm.close();
});

beforeEach(() => {
	crm.reset();
	testCredentials.set('crmWebhookSecretApi', { hubspotClientSecret: CLIENT_SECRET, hmacSecret: HMAC_SECRET, sharedSecret: SHARED_SECRET });
	testCredentials.set('crmHubSpotPrivateAppApi', { accessToken: 'pat-test-token', baseUrl: crm.url });
	testCredentials.set('crmPipedriveApi', { apiToken: 'pd-test-token', baseUrl: crm.url });
});

// ---------------------------------------------------------------------------------------------
// Webhook mode: a real HTTP endpoint that hands each request to the node as n8n does.
// ---------------------------------------------------------------------------------------------

interface Endpoint {
	url: string;
	/** The URL n8n shows for the node (production): what the CRM is told to call. */
	nodeUrl: string;
	/** Each execution the node started: its items. */
	executions: INodeExecutionData[][];
	/** Errors the node threw (n8n answers 500 and records a failed execution). */
	errors: Error[];
	staticData: IDataObject;
	parameters: IDataObject;
	close(): Promise<void>;
}

/** What n8n does with a webhook call: run `webhook()`, answer as it says, start an execution if it returned items. */
async function startEndpoint(parameters: IDataObject): Promise<Endpoint> {
	const endpoint = { executions: [], errors: [], staticData: {}, parameters } as unknown as Endpoint;
	const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => void serve(endpoint, Object.assign(req, { rawBody: Buffer.concat(chunks), originalUrl: req.url }), res));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	endpoint.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	endpoint.nodeUrl = `${endpoint.url}/webhook/${WEBHOOK_ID}/webhook`;
	endpoint.close = async () =>
		await new Promise<void>((resolve) => {
			server.close(() => resolve());
			// fetch keeps connections alive; close() alone would wait for them.
			server.closeAllConnections();
		});
	return endpoint;
}

async function serve(endpoint: Endpoint, req: IncomingMessage, res: ServerResponse): Promise<void> {
	const workflow = workflowOf(TRIGGER, endpoint.parameters, JSON.parse(JSON.stringify(endpoint.staticData)) as IDataObject, credentialRefs);
	const node = workflow.getNode('CRM Trigger') as INode;
	const nodeType = nodeTypes[TRIGGER];
	const additionalData = {
		credentialsHelper: testCredentials,
		webhookBaseUrl: `${endpoint.url}/webhook`,
		webhookTestBaseUrl: `${endpoint.url}/webhook-test`,
		restApiUrl: `${endpoint.url}/rest`,
		instanceBaseUrl: `${endpoint.url}/`,
		variables: {},
		httpRequest: req,
		httpResponse: res,
	} as unknown as IWorkflowExecuteAdditionalData;
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: `${WEBHOOK_ID}/webhook`,
		webhookDescription: nodeType.description.webhooks![0],
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
		isTest: false,
	} as IWebhookData;
	const context = new WebhookContext(workflow, node, additionalData, 'webhook', webhookData, [], null);
	let result: IWebhookResponseData;
	try {
		result = await nodeType.webhook!.call(context);
	} catch (error) {
		endpoint.errors.push(error as Error);
		res.writeHead(500, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ message: 'Error in workflow' }));
		return;
	}
	// n8n saves changed static data once the call is answered.
	const saved = savedStaticData(workflow);
	if (saved) endpoint.staticData = saved;
	if (result.noWebhookResponse) return;
	if (result.workflowData) {
		// An execution starts; n8n answers 200 with the description's responseData, 'noData': no body.
		endpoint.executions.push(result.workflowData[0]);
		res.writeHead(200);
		res.end();
		return;
	}
	res.writeHead(200, { 'content-type': 'application/json' });
	res.end(JSON.stringify(result.webhookResponse ?? { message: 'Webhook call received' }));
}

let endpoint: Endpoint;

async function withEndpoint(parameters: IDataObject): Promise<Endpoint> {
	endpoint = await startEndpoint(parameters);
	return endpoint;
}

afterEach(async () => {
	await endpoint?.close();
	endpoint = undefined as unknown as Endpoint;
});

/** A HubSpot event as the mock would send it, with our ids. */
function hubspotEvent(eventId: number, objectId: number, extra: IDataObject = {}): IDataObject {
	return { eventId, objectId, occurredAt: 1_717_200_000_000, subscriptionType: 'contact.propertyChange', propertyName: 'email', propertyValue: `c${objectId}@example.com`, ...extra };
}

/** POSTs `body` signed with HubSpot v3 for `signedUrl` (default: the URL it is sent to). */
async function postHubSpot(url: string, body: string, options: { signedUrl?: string; timestamp?: number; headers?: Record<string, string> } = {}): Promise<Response> {
	const timestamp = String(options.timestamp ?? Date.now());
	const signature = signHubSpotV3(CLIENT_SECRET, 'POST', options.signedUrl ?? url, body, timestamp);
	return await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': timestamp, ...options.headers },
		body,
	});
}

describe('CRM Trigger, HubSpot v3 signatures', () => {
	const parameters = { crm: 'hubspot', verification: 'hubspotV3' };

	test('a signed batch starts one execution with one item per event', async () => {
		const ep = await withEndpoint(parameters);
		const result = await crm.emitHubSpotWebhook({
			targetUrl: ep.nodeUrl,
			clientSecret: CLIENT_SECRET,
			events: [hubspotEvent(101, 1), hubspotEvent(102, 2, { subscriptionType: 'company.creation', changeFlag: 'NEW' }), hubspotEvent(103, 3, { subscriptionType: 'object.creation', objectTypeId: '0-3' })],
		});
		expect(result.deliveries.map((d) => [d.status, d.body])).toEqual([[200, '']]);
		expect(ep.executions).toHaveLength(1);
		const items = ep.executions[0].map((item) => item.json);
		expect(items.map((item) => [item.eventId, item.objectType, item.objectId])).toEqual([
			['101', 'contacts', '1'],
			['102', 'companies', '2'],
			['103', 'deals', '3'],
		]);
		expect(items[0]).toMatchObject({ source: 'hubspot', subscriptionType: 'contact.propertyChange', propertyName: 'email', propertyValue: 'c1@example.com', portalId: '62515', attemptNumber: 0 });
		expect(items[0].occurredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
		expect((items[0].event as IDataObject).eventId).toBe(101);
		expect(items[0]).not.toHaveProperty('record');
	});

	test.each([
		['tampered body', { tamperBody: true }, 'bad-signature'],
		['wrong client secret', { badSignature: true }, 'bad-signature'],
		['timestamp older than 5 minutes', { stale: true }, 'stale'],
	])('%s: 401 and no execution', async (_case, knobs, reason) => {
		const ep = await withEndpoint(parameters);
		const result = await crm.emitHubSpotWebhook({ targetUrl: ep.nodeUrl, clientSecret: CLIENT_SECRET, events: [hubspotEvent(201, 1)], ...knobs });
		expect(result.deliveries.map((d) => d.status)).toEqual([401]);
		expect(JSON.parse(result.deliveries[0].body!)).toEqual({ error: 'Unauthorized', reason });
		expect(ep.executions).toEqual([]);
		expect(ep.errors).toEqual([]);
		// A refused call leaves no trace in the replay memory: the genuine delivery still runs.
		const genuine = await crm.emitHubSpotWebhook({ targetUrl: ep.nodeUrl, clientSecret: CLIENT_SECRET, events: [hubspotEvent(201, 1)] });
		expect(genuine.deliveries.map((d) => d.status)).toEqual([200]);
		expect(ep.executions).toHaveLength(1);
	});

	test('a timestamp from the future beyond the window is refused too', async () => {
		const ep = await withEndpoint(parameters);
		const body = JSON.stringify([hubspotEvent(1, 1)]);
		const res = await postHubSpot(ep.nodeUrl, body, { timestamp: Date.now() + 6 * 60_000 });
		expect(res.status).toBe(401);
		expect(await res.json()).toEqual({ error: 'Unauthorized', reason: 'stale' });
		expect(ep.executions).toEqual([]);
	});

	test('no signature headers, or a signature without its timestamp: 401', async () => {
		const ep = await withEndpoint(parameters);
		const plain = await fetch(ep.nodeUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([hubspotEvent(1, 1)]) });
		expect(plain.status).toBe(401);
		expect(await plain.json()).toEqual({ error: 'Unauthorized', reason: 'missing-signature' });
		const body = JSON.stringify([hubspotEvent(1, 1)]);
		const noTimestamp = await fetch(ep.nodeUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-hubspot-signature-v3': signHubSpotV3(CLIENT_SECRET, 'POST', ep.nodeUrl, body, '') },
			body,
		});
		expect(await noTimestamp.json()).toEqual({ error: 'Unauthorized', reason: 'missing-timestamp' });
		expect(ep.executions).toEqual([]);
	});

	test('the v1 signature alone (what n8n\'s HubSpot Trigger checks) is not accepted', async () => {
		const ep = await withEndpoint(parameters);
		const result = await crm.emitHubSpotWebhook({ targetUrl: ep.nodeUrl, clientSecret: CLIENT_SECRET, events: [hubspotEvent(1, 1)] });
		expect(result.deliveries[0].status).toBe(200);
		// The same body and v1 header, without the v3 headers.
		const body = JSON.stringify([{ ...hubspotEvent(2, 1) }]);
		const res = await fetch(ep.nodeUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hubspot-signature': 'whatever', 'x-hubspot-signature-version': 'v1' }, body });
		expect(res.status).toBe(401);
	});

	test('a URL-encoded query string is signed as HubSpot signs it (its escapes decoded, others kept)', async () => {
		const ep = await withEndpoint(parameters);
		const target = `${ep.nodeUrl}?next=https%3A%2F%2Fa.example%2Fx%3Fy%3D1&q=a%20b%2Bc&tag=%40team%21`;
		const result = await crm.emitHubSpotWebhook({ targetUrl: target, clientSecret: CLIENT_SECRET, events: [hubspotEvent(301, 7)] });
		expect(result.deliveries.map((d) => d.status)).toEqual([200]);
		expect(ep.executions[0].map((item) => item.json.eventId)).toEqual(['301']);
		// Signed for the URL without its query (or with another one), sent with it: refused.
		const body = JSON.stringify([hubspotEvent(302, 7)]);
		expect((await postHubSpot(target, body, { signedUrl: ep.nodeUrl })).status).toBe(401);
		expect((await postHubSpot(target, body, { signedUrl: `${ep.nodeUrl}?next=elsewhere` })).status).toBe(401);
		// Fully decoded before signing (a common bug in receivers): refused as well.
		expect((await postHubSpot(target, body, { signedUrl: decodeURIComponent(target) })).status).toBe(401);
		expect(ep.executions).toHaveLength(1);
	});

	test('behind a proxy: the URL HubSpot called comes from the Public Webhook URL option or from forwarded headers', async () => {
		const publicUrl = 'https://hooks.example.com/crm/hubspot';
		const ep = await withEndpoint(parameters);
		const body = JSON.stringify([hubspotEvent(401, 1)]);
		// HubSpot signed the public URL; n8n, behind the proxy, sees another one.
		expect((await postHubSpot(`${ep.nodeUrl}?a=1`, body, { signedUrl: `${publicUrl}?a=1` })).status).toBe(401);
		ep.parameters = { ...parameters, options: { publicUrl } };
		const viaPublic = await postHubSpot(`${ep.nodeUrl}?a=1`, body, { signedUrl: `${publicUrl}?a=1` });
		expect([viaPublic.status, ep.errors.map((e) => e.message)]).toEqual([200, []]);
		// A proxy that keeps the path and says where the call went.
		ep.parameters = { ...parameters, options: { useForwardedHeaders: true } };
		const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'n8n.example.com' };
		const path = new URL(ep.nodeUrl).pathname;
		const body2 = JSON.stringify([hubspotEvent(402, 1)]);
		expect((await postHubSpot(ep.nodeUrl, body2, { signedUrl: `https://n8n.example.com${path}`, headers: forwarded })).status).toBe(200);
		expect((await postHubSpot(ep.nodeUrl, body2, { signedUrl: `https://evil.example.com${path}`, headers: forwarded })).status).toBe(401);
		expect(ep.executions.map((items) => items.map((item) => item.json.eventId))).toEqual([['401'], ['402']]);
	});

	test('a repeated delivery is answered 200 and starts nothing; a batch mixing old and new events runs only the new', async () => {
		const ep = await withEndpoint(parameters);
		const first = await crm.emitHubSpotWebhook({ targetUrl: ep.nodeUrl, clientSecret: CLIENT_SECRET, events: [hubspotEvent(501, 1), hubspotEvent(502, 2)], duplicate: true });
		expect(first.deliveries.map((d) => [d.status, d.body])).toEqual([
			[200, ''],
			[200, JSON.stringify({ received: 2, duplicates: 2 })],
		]);
		expect(ep.executions).toHaveLength(1);
		// HubSpot's retry of a batch, with one event it had not sent before and the order changed.
		const retry = await crm.emitHubSpotWebhook({ targetUrl: ep.nodeUrl, clientSecret: CLIENT_SECRET, events: [hubspotEvent(503, 3), hubspotEvent(502, 2), hubspotEvent(501, 1)] });
		expect(retry.deliveries[0].status).toBe(200);
		expect(ep.executions.map((items) => items.map((item) => item.json.eventId))).toEqual([['501', '502'], ['503']]);
		// The same event twice in one delivery counts once.
		await crm.emitHubSpotWebhook({ targetUrl: ep.nodeUrl, clientSecret: CLIENT_SECRET, events: [hubspotEvent(504, 4), hubspotEvent(504, 4)] });
		expect(ep.executions[2].map((item) => item.json.eventId)).toEqual(['504']);
		// The memory is in the workflow's static data, as n8n stores it: ids with when they were seen.
		const replay = (ep.staticData['node:CRM Trigger'] as IDataObject).replay as { version: number; entries: Array<[string, number]> };
		expect(replay.version).toBe(1);
		expect(replay.entries.map(([id]) => id).sort()).toEqual(['501', '502', '503', '504']);
	});

	test('the replay memory is bounded: beyond Max Remembered Events the oldest ids are forgotten', async () => {
		const ep = await withEndpoint({ ...parameters, options: { replayMaxEvents: 2 } });
		for (const id of [601, 602, 603]) await crm.emitHubSpotWebhook({ targetUrl: ep.nodeUrl, clientSecret: CLIENT_SECRET, events: [hubspotEvent(id, 1)] });
		const replay = (ep.staticData['node:CRM Trigger'] as IDataObject).replay as { entries: Array<[string, number]> };
		expect(replay.entries.map(([id]) => id)).toEqual(['602', '603']);
		await crm.emitHubSpotWebhook({ targetUrl: ep.nodeUrl, clientSecret: CLIENT_SECRET, events: [hubspotEvent(603, 1)] });
		await crm.emitHubSpotWebhook({ targetUrl: ep.nodeUrl, clientSecret: CLIENT_SECRET, events: [hubspotEvent(601, 1)] });
		expect(ep.executions.map((items) => items[0].json.eventId)).toEqual(['601', '602', '603', '601']);
	});

	test('a signed body that is not HubSpot events fails the execution (500) and is not remembered', async () => {
		const ep = await withEndpoint(parameters);
		const res = await postHubSpot(ep.nodeUrl, JSON.stringify({ eventId: 1 }));
		expect(res.status).toBe(500);
		expect(ep.errors[0].message).toMatch(/must be a JSON array of events/);
		expect(ep.executions).toEqual([]);
		const noId = await postHubSpot(ep.nodeUrl, JSON.stringify([{ subscriptionType: 'contact.creation', occurredAt: 1 }]));
		expect(noId.status).toBe(500);
		expect(ep.errors[1].message).toMatch(/has no eventId/);
		expect(ep.staticData).toEqual({});
	});

	test('a credential without the HubSpot client secret fails loudly instead of refusing every call in silence', async () => {
		testCredentials.set('crmWebhookSecretApi', { hmacSecret: HMAC_SECRET });
		const ep = await withEndpoint(parameters);
		const result = await crm.emitHubSpotWebhook({ targetUrl: ep.nodeUrl, clientSecret: CLIENT_SECRET, events: [hubspotEvent(1, 1)] });
		expect(result.deliveries[0].status).toBe(500);
		expect(ep.errors[0].message).toBe('The webhook secret credential has no HubSpot Client Secret');
		expect(ep.executions).toEqual([]);
	});

	test('Fetch Full Record adds each event\'s record in the normalised shape; a deleted record is null', async () => {
		const [id] = crm.seed('hubspot', 'contacts', [{ properties: { email: 'ada@example.com', firstname: 'Ada', lastname: 'Lovelace', phone: '+44 20 7946 0000', company: 'Analytical' } }]);
		const ep = await withEndpoint({ ...parameters, fetchFullRecord: true, properties: 'email, firstname, lastname, phone, company' });
		const result = await crm.emitHubSpotWebhook({
			targetUrl: ep.nodeUrl,
			clientSecret: CLIENT_SECRET,
			events: [hubspotEvent(701, Number(id)), hubspotEvent(702, 999_999, { subscriptionType: 'contact.deletion' })],
		});
		expect(result.deliveries[0].status).toBe(200);
		const [found, deleted] = ep.executions[0].map((item) => item.json);
		expect(found.record).toMatchObject({ id: String(id), source: 'hubspot', objectType: 'contacts', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', company: 'Analytical' });
		expect(deleted.record).toBeNull();
		const reads = crm.journal({ path: '/crm/v3/objects/contacts/' });
		expect(reads.map((entry) => entry.headers.authorization)).toEqual(['Bearer pat-test-token', 'Bearer pat-test-token']);
	});

	test('when the record cannot be fetched the CRM gets a 5xx, and its retry is not dropped as a repeat', async () => {
		const [id] = crm.seed('hubspot', 'contacts', [{ properties: { email: 'grace@example.com' } }]);
		const ep = await withEndpoint({ ...parameters, fetchFullRecord: true, options: { maxRetries: 0 } });
		crm.addFault({ match: { path: '/crm/v3/objects/contacts/', times: 1 }, fault: { type: 'status', status: 503 } });
		const result = await crm.emitHubSpotWebhook({ targetUrl: ep.nodeUrl, clientSecret: CLIENT_SECRET, events: [hubspotEvent(801, Number(id))], retries: 1 });
		expect(result.deliveries.map((d) => d.status)).toEqual([500, 200]);
		expect(ep.errors[0].message).toMatch(/503/);
		expect(ep.executions).toHaveLength(1);
		expect((ep.executions[0][0].json.record as IDataObject).email).toBe('grace@example.com');
	});
});

describe('CRM Trigger, HMAC signatures and shared secrets', () => {
	const hmac = { crm: 'other', verification: 'hmac', signatureHeader: 'X-Signature', signedContent: 'timestampDotBody', timestampHeader: 'X-Timestamp', signaturePrefix: 'sha256=', signatureEncoding: 'hex' };

	async function postSigned(url: string, body: string, headers: Record<string, string>): Promise<Response> {
		return await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
	}

	test('timestamp.body signed with the secret (the Third-Party Sync scheme): events at a path, ids from a field', async () => {
		const ep = await withEndpoint({ ...hmac, eventsPath: 'data', eventIdField: 'meta.id' });
		const body = JSON.stringify({ data: [{ meta: { id: 'e1' }, current: { id: 5 } }, { meta: { id: 'e2' }, current: { id: 6 } }] });
		const res = await postSigned(ep.nodeUrl, body, signatureHeaders(HMAC_SECRET, body));
		expect(res.status).toBe(200);
		expect(ep.executions[0].map((item) => item.json)).toEqual([
			{ source: 'other', eventId: 'e1', objectType: '', objectId: '', event: { meta: { id: 'e1' }, current: { id: 5 } } },
			{ source: 'other', eventId: 'e2', objectType: '', objectId: '', event: { meta: { id: 'e2' }, current: { id: 6 } } },
		]);
		// Sent again verbatim (a captured request within the 5 minutes): dropped.
		const again = await postSigned(ep.nodeUrl, body, signatureHeaders(HMAC_SECRET, body));
		expect(await again.json()).toEqual({ received: 2, duplicates: 2 });
		expect(ep.executions).toHaveLength(1);
	});

	test('tampered, badly signed, stale and unsigned calls get 401', async () => {
		const ep = await withEndpoint(hmac);
		const body = JSON.stringify({ id: 1, name: 'Ada' });
		const signed = signatureHeaders(HMAC_SECRET, body);
		const cases: Array<[string, string, Record<string, string>, string]> = [
			['tampered', body.replace('Ada', 'Eve'), signed, 'bad-signature'],
			['wrong secret', body, signatureHeaders('another-secret', body), 'bad-signature'],
			['stale', body, signatureHeaders(HMAC_SECRET, body, Date.now() - 10 * 60_000), 'stale'],
			['timestamp changed after signing', body, { ...signed, 'X-Timestamp': String(Date.now() + 1000) }, 'bad-signature'],
			['no prefix', body, { ...signed, 'X-Signature': signed['X-Signature'].replace('sha256=', '') }, 'bad-signature'],
			['unsigned', body, {}, 'missing-signature'],
			['no timestamp', body, { 'X-Signature': signed['X-Signature'] }, 'missing-timestamp'],
		];
		for (const [name, sent, headers, reason] of cases) {
			const res = await postSigned(ep.nodeUrl, sent, headers);
			expect({ name, status: res.status, body: await res.json() }).toEqual({ name, status: 401, body: { error: 'Unauthorized', reason } });
		}
		expect(ep.executions).toEqual([]);
		const ok = await postSigned(ep.nodeUrl, body, signed);
		expect(ok.status).toBe(200);
		// Without an id field an event's id is a hash of its content.
		expect(ep.executions[0][0].json.eventId).toMatch(/^[0-9a-f]{64}$/);
	});

	test('base64 signatures of the body alone; an unsigned timestamp header is refused as a setting', async () => {
		const { createHmac } = await import('node:crypto');
		const ep = await withEndpoint({ ...hmac, signedContent: 'body', signatureEncoding: 'base64', signaturePrefix: '', signatureHeader: 'X-Pipedrive-Signature' });
		const body = JSON.stringify([{ id: 11 }, { id: 12 }]);
		const signature = createHmac('sha256', HMAC_SECRET).update(body).digest('base64');
		const res = await postSigned(ep.nodeUrl, body, { 'X-Pipedrive-Signature': signature });
		expect(res.status).toBe(200);
		expect(ep.executions[0]).toHaveLength(2);
		expect((await postSigned(ep.nodeUrl, body.replace('11', '13'), { 'X-Pipedrive-Signature': signature })).status).toBe(401);
	});

	test('Fetch Full Record for Pipedrive: the record ID from a field of the event, the object from the node', async () => {
		const [id] = crm.seed('pipedrive', 'persons', [{ name: 'Ada Lovelace', first_name: 'Ada', last_name: 'Lovelace', email: [{ value: 'ada@example.com', primary: true }] }]);
		const ep = await withEndpoint({ ...hmac, crm: 'pipedrive', eventIdField: 'meta.id', fetchFullRecord: true, resource: 'contact', recordIdField: 'meta.entity_id' });
		const body = JSON.stringify({ meta: { id: 'pd-1', entity: 'person', entity_id: String(id) }, data: { id } });
		const res = await postSigned(ep.nodeUrl, body, signatureHeaders(HMAC_SECRET, body));
		expect(res.status).toBe(200);
		const item = ep.executions[0][0].json;
		expect(item).toMatchObject({ source: 'pipedrive', eventId: 'pd-1', objectType: 'persons', objectId: String(id) });
		expect(item.record).toMatchObject({ source: 'pipedrive', email: 'ada@example.com', firstName: 'Ada' });
	});

	test('a shared secret in a header: right value runs, wrong or missing value gets 401', async () => {
		const ep = await withEndpoint({ crm: 'other', verification: 'sharedSecret', sharedHeader: 'X-Webhook-Token', eventIdField: 'id' });
		const body = JSON.stringify({ id: 'evt-1' });
		expect((await postSigned(ep.nodeUrl, body, { 'X-Webhook-Token': 'wrong' })).status).toBe(401);
		expect((await postSigned(ep.nodeUrl, body, { 'X-Webhook-Secret': SHARED_SECRET })).status).toBe(401);
		expect((await postSigned(ep.nodeUrl, body, { 'X-Webhook-Token': SHARED_SECRET })).status).toBe(200);
		expect(ep.executions.map((items) => items[0].json.eventId)).toEqual(['evt-1']);
	});

	test('a setting that cannot verify anything (a signed timestamp without its header) is an error, not a silent 401', async () => {
		const ep = await withEndpoint({ ...hmac, signedContent: 'methodUrlBodyTimestamp', timestampHeader: ' ' });
		const body = JSON.stringify({ id: 1 });
		const res = await postSigned(ep.nodeUrl, body, signatureHeaders(HMAC_SECRET, body));
		expect(res.status).toBe(500);
		expect(ep.errors[0].message).toMatch(/includes a timestamp: name its header/);
	});
});

describe('CRM Trigger, the execution\'s first step', () => {
	/** The trigger's execute(): what n8n runs for it once the webhook started an execution. */
	async function firstStep(items: INodeExecutionData[], staticData: IDataObject, options: IDataObject = {}) {
		const context = {
			getInputData: () => items,
			getNodeParameter: (name: string, _index: number, fallback: unknown) => (name === 'options' ? options : fallback),
			getWorkflowStaticData: () => staticData,
		};
		return await new CrmTrigger().execute.call(context as never);
	}

	test('passes the events on and remembers their ids in the execution\'s static data, next to those already there', async () => {
		const staticData: IDataObject = { replay: { version: 1, entries: [['100', Date.now() - 1000]] } };
		const items = [{ json: { eventId: '101', source: 'hubspot' } }, { json: { eventId: '102', source: 'hubspot' } }];
		const [out] = await firstStep(items, staticData);
		expect(out).toEqual([
			{ json: { eventId: '101', source: 'hubspot' }, pairedItem: { item: 0 } },
			{ json: { eventId: '102', source: 'hubspot' }, pairedItem: { item: 1 } },
		]);
		expect((staticData.replay as { entries: Array<[string, number]> }).entries.map(([id]) => id)).toEqual(['100', '101', '102']);
		// The bound of the options holds here too.
		await firstStep([{ json: { eventId: '103' } }], staticData, { replayMaxEvents: 2 });
		expect((staticData.replay as { entries: Array<[string, number]> }).entries.map(([id]) => id)).toEqual(['102', '103']);
	});
});

describe('CRM Trigger description', () => {
	const { description, webhookMethods, methods } = new CrmTrigger();

	test('one POST webhook, a complete (no-op) lifecycle, the secret credential tested by the node', async () => {
		expect(description.webhooks).toEqual([{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: 'noData', path: 'webhook' }]);
		expect(description.polling).toBeUndefined();
		expect(Object.keys(webhookMethods.default).sort()).toEqual(['checkExists', 'create', 'delete']);
		expect(description.credentials?.[0]).toEqual({ name: 'crmWebhookSecretApi', required: true, testedBy: 'crmWebhookSecretTest' });
		const test = methods.credentialTest.crmWebhookSecretTest;
		const call = (data: IDataObject) => test.call({} as never, { id: '1', name: 'x', type: 'crmWebhookSecretApi', data } as never);
		expect((await call({ hmacSecret: 's' })).status).toBe('OK');
		expect((await call({ hmacSecret: ' ' })).status).toBe('Error');
	});

	test('the poll trigger is a separate node type with polling and no webhooks', () => {
		const poll = new CrmPollTrigger().description;
		expect(poll.polling).toBe(true);
		expect(poll.webhooks).toBeUndefined();
		expect(poll.name).toBe('crmPollTrigger');
	});
});

// ---------------------------------------------------------------------------------------------
// Polling mode
// ---------------------------------------------------------------------------------------------

/** The poll trigger's node in n8n's PollContext; the static data carries over as n8n stores it. */
class Poller {
	staticData: IDataObject = {};

	constructor(public parameters: IDataObject) {}

	/** One poll in `mode`: what it returned (null = no execution), with the static data saved as n8n saves it. */
	async poll(mode: 'trigger' | 'manual' = 'trigger'): Promise<IDataObject[] | null> {
		const workflow = workflowOf(POLL_TRIGGER, this.parameters, JSON.parse(JSON.stringify(this.staticData)) as IDataObject, credentialRefs);
		const node = workflow.getNode('CRM Trigger') as INode;
		const additionalData = { credentialsHelper: testCredentials, variables: {}, restApiUrl: 'http://127.0.0.1/rest', instanceBaseUrl: 'http://127.0.0.1/' } as unknown as IWorkflowExecuteAdditionalData;
		const context = new PollContext(workflow, node, additionalData, mode, mode === 'manual' ? 'manual' : 'activate');
		const result = await nodeTypes[POLL_TRIGGER].poll!.call(context);
		// n8n keeps the static data of production polls only (never of a manual test).
		const saved = savedStaticData(workflow);
		if (saved && mode === 'trigger') this.staticData = saved;
		return result === null ? null : result[0].map((item) => item.json);
	}

	cursors(): Record<string, { updatedAt: string; id: string }> {
		return ((this.staticData['node:CRM Trigger'] as IDataObject)?.cursors ?? {}) as Record<string, { updatedAt: string; id: string }>;
	}
}

/** Changes a HubSpot contact through the mock's API at the mock's clock, as a user in HubSpot would. */
async function updateContact(id: string, properties: Record<string, string>): Promise<void> {
	const res = await fetch(`${crm.url}/crm/v3/objects/contacts/${id}`, {
		method: 'PATCH',
		headers: { authorization: 'Bearer pat-test-token', 'content-type': 'application/json' },
		body: JSON.stringify({ properties }),
	});
	if (!res.ok) throw new Error(`PATCH contact ${id}: ${res.status} ${await res.text()}`);
}

const emails = (records: IDataObject[] | null) => (records ?? []).map((r) => (r.properties as IDataObject).email);

describe('CRM Poll Trigger', () => {
	const hubspot = { crm: 'hubspot', resources: ['contact'], properties: 'email, firstname', options: { pageSize: 10 } };

	test('everything first, then only changes, with ties on the updated-at read in ID order', async () => {
		const T = '2024-03-01T00:00:00.000Z';
		crm.generate('hubspot', 'contacts', 25, { sameTimestamp: T, startId: 1 });
		const poller = new Poller({ ...hubspot, firstRun: 'everything' });
		const first = await poller.poll();
		expect(first).toHaveLength(25);
		expect(first!.map((r) => Number(r.id))).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
		expect(poller.cursors()).toEqual({ 'hubspot:contacts': { updatedAt: T, id: '25' } });
		// Nothing changed: no execution, the cursor stays.
		expect(await poller.poll()).toBeNull();
		// Three contacts change at one instant (a tie), one of them twice.
		crm.advanceClock(60_000);
		await updateContact('7', { firstname: 'Seven' });
		await updateContact('3', { firstname: 'Three' });
		await updateContact('20', { firstname: 'Twenty' });
		await updateContact('7', { firstname: 'Seventh' });
		const changed = await poller.poll();
		expect(changed!.map((r) => [r.id, (r.properties as IDataObject).firstname])).toEqual([
			['3', 'Three'],
			['7', 'Seventh'],
			['20', 'Twenty'],
		]);
		expect(await poller.poll()).toBeNull();
	});

	test('a poll that fails keeps the cursor; the next one reads the same records (a restart in between changes nothing)', async () => {
		crm.generate('hubspot', 'contacts', 12, { startId: 1 });
		const poller = new Poller({ ...hubspot, firstRun: 'everything', options: { pageSize: 5, maxRetries: 0 } });
		crm.addFault({ match: { path: '/search$', nth: 2 }, fault: { type: 'status', status: 500 } });
		await expect(poller.poll()).rejects.toThrow(/500/);
		expect(poller.staticData).toEqual({});
		// n8n restarts: the workflow comes back from its stored static data (the test's JSON copy).
		const again = await poller.poll();
		expect(again!.map((r) => r.id)).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
		const cursor = poller.cursors()['hubspot:contacts'];
		const restarted = new Poller(poller.parameters);
		restarted.staticData = JSON.parse(JSON.stringify(poller.staticData)) as IDataObject;
		expect(await restarted.poll()).toBeNull();
		expect(restarted.cursors()['hubspot:contacts']).toEqual(cursor);
	});

	test('from now: the first poll emits nothing, later changes come', async () => {
		crm.setClock('real');
		crm.generate('hubspot', 'contacts', 3, { startId: 1, start: '2020-01-01T00:00:00.000Z' });
		const poller = new Poller({ ...hubspot, firstRun: 'now' });
		expect(await poller.poll()).toBeNull();
		expect(poller.cursors()['hubspot:contacts'].id).toBe('');
		await new Promise((resolve) => setTimeout(resolve, 20));
		await updateContact('2', { email: 'two@example.com' });
		expect(emails(await poller.poll())).toEqual(['two@example.com']);
	});

	test('from a date: the records changed at or after it', async () => {
		crm.generate('hubspot', 'contacts', 5, { startId: 1, start: '2024-01-01T00:00:00.000Z', stepMs: 86_400_000 });
		const poller = new Poller({ ...hubspot, firstRun: 'date', firstRunDate: '2024-01-03T00:00:00.000Z' });
		// The cursor is (date, ''): a record changed at that very instant is included.
		expect((await poller.poll())!.map((r) => r.id)).toEqual(['3', '4', '5']);
	});

	test('several object types, each with its own cursor, in the normalised shape', async () => {
		crm.generate('hubspot', 'contacts', 2, { startId: 1 });
		crm.seed('hubspot', 'companies', [{ id: '50', properties: { name: 'Acme' }, updatedAt: '2024-02-01T00:00:00.000Z' }]);
		const poller = new Poller({ crm: 'hubspot', resources: ['contact', 'company'], firstRun: 'everything', options: { normalised: true } });
		const records = await poller.poll();
		expect(records!.map((r) => [r.objectType, r.id])).toEqual([
			['contacts', '1'],
			['contacts', '2'],
			['companies', '50'],
		]);
		expect(Object.keys(poller.cursors()).sort()).toEqual(['hubspot:companies', 'hubspot:contacts']);
	});

	test('a manual test poll shows a sample and never moves the cursor', async () => {
		crm.generate('hubspot', 'contacts', 30, { startId: 1 });
		const poller = new Poller({ ...hubspot, firstRun: 'everything', options: { sampleSize: 3 } });
		expect((await poller.poll('manual'))!.map((r) => r.id)).toEqual(['1', '2', '3']);
		expect(poller.staticData).toEqual({});
		// After a real poll nothing is pending: the test poll still shows records, so the shape shows.
		await poller.poll();
		const cursor = poller.cursors();
		expect(await poller.poll('manual')).toHaveLength(3);
		expect(poller.cursors()).toEqual(cursor);
		// From now, first time: no cursor yet, still a sample.
		const fromNow = new Poller({ ...hubspot, firstRun: 'now', options: { sampleSize: 2 } });
		expect(await fromNow.poll('manual')).toHaveLength(2);
		expect(fromNow.staticData).toEqual({});
	});

	test('Pipedrive: the same cursor and key as CRM Source (so the two can share a workflow\'s history)', async () => {
		crm.generate('pipedrive', 'persons', 4, { startId: 1, sameTimestamp: '2024-04-01T00:00:00.000Z' });
		const poller = new Poller({ crm: 'pipedrive', resources: ['contact'], firstRun: 'everything', options: { normalised: true } });
		const records = await poller.poll();
		expect(records!.map((r) => r.id)).toEqual(['1', '2', '3', '4']);
		expect(records!.every((r) => r.source === 'pipedrive' && typeof r.email === 'string')).toBe(true);
		expect(poller.cursors()['pipedrive:persons']).toEqual({ updatedAt: '2024-04-01T00:00:00.000Z', id: '4' });
		expect(await poller.poll()).toBeNull();
	});

	test('an object the CRM does not have is a clear error', async () => {
		const poller = new Poller({ crm: 'pipedrive', resources: ['ticket'], firstRun: 'everything' });
		await expect(poller.poll()).rejects.toThrow('pipedrive has no ticket object; name it under Custom Objects instead');
	});
});
