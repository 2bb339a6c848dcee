/**
 * The CRM Source node inside n8n-core's real WorkflowExecute engine, against the mock CRM (a real
 * HTTP server on 127.0.0.1): credentials applied the way n8n applies them, Get, Get Many and Get
 * Changed Since with the cursor kept in the workflow's static data, Salesforce's session renewed
 * once when it expires, 429s waited out, and errors that name the call but never a secret.
 */
import type { IDataObject, INode, INodeExecutionData } from 'n8n-workflow';
import { testCredentials } from './credentialsHelper';
import { runWorkflow } from './harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startMockCrm, generateContacts } = require('../mock-crm') as typeof import('../mock-crm');

type MockCrm = Awaited<ReturnType<typeof startMockCrm>>;
let crm: MockCrm;

const CREDENTIAL = {
	hubspot: 'crmHubSpotPrivateAppApi',
	salesforce: 'crmSalesforceOAuth2Api',
	pipedrive: 'crmPipedriveApi',
	rest: 'crmRestApi',
} as const;

/** A one-node workflow: CRM Source with these parameters, using the CRM's credential. */
function workflow(parameters: IDataObject, staticData?: IDataObject, settings: Partial<INode> = {}) {
	const crmName = parameters.crm as keyof typeof CREDENTIAL;
	const node: INode = {
		id: 'crm-source',
		name: 'CRM',
		type: 'n8n-nodes-crm-integration.crmSource',
		typeVersion: 1,
		position: [0, 0],
		parameters: { options: {}, ...parameters },
		credentials: { [CREDENTIAL[crmName]]: { id: '1', name: crmName } },
		...settings,
	};
	return { nodes: [node], connections: {}, staticData };
}

const one: INodeExecutionData[] = [{ json: {} }];

beforeAll(async () => {
	crm = await startMockCrm();
});

afterAll(async () => {
	await crm.close();
});

beforeEach(() => {
	crm.reset();
	testCredentials.set(CREDENTIAL.hubspot, { accessToken: 'pat-test-token', baseUrl: crm.url });
	testCredentials.set(CREDENTIAL.pipedrive, { apiToken: 'pd-test-token', baseUrl: crm.url });
	testCredentials.set(CREDENTIAL.rest, { baseUrl: `${crm.url}/rest/cursor`, authType: 'bearer', token: 'rest-test-token' });
	testCredentials.set(CREDENTIAL.salesforce, {
		loginUrl: crm.url,
		grantType: 'clientCredentials',
		clientId: 'sf-client-id',
		clientSecret: 'sf-client-secret',
		sessionToken: '',
		instanceUrl: '',
	});
});

describe('CRM Source: HubSpot', () => {
	it('gets all contacts across pages, in the CRM\'s shape or the shared one', async () => {
		crm.seed('hubspot', 'contacts', generateContacts(250, { personality: 'hubspot' }));
		const result = await runWorkflow(workflow({ crm: 'hubspot', resource: 'contact', operation: 'getMany', returnAll: true }), 'CRM', one);
		const out = result.output('CRM');
		expect(out).toHaveLength(250);
		expect(out.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(crm.journal({ path: '/crm/v3/objects/contacts$' }).every((e) => e.headers.authorization === 'Bearer pat-test-token')).toBe(true);

		const normalised = await runWorkflow(
			workflow({ crm: 'hubspot', resource: 'contact', operation: 'getMany', returnAll: false, limit: 3, options: { normalised: true } }),
			'CRM',
			one,
		);
		const records = normalised.output('CRM').map((i) => i.json);
		expect(records).toHaveLength(3);
		expect(records[0]).toMatchObject({ source: 'hubspot', objectType: 'contacts', id: expect.any(String), email: expect.stringContaining('@') });
	});

	it('reads only what changed since the last run, keeping the cursor in static data', async () => {
		crm.seed('hubspot', 'contacts', generateContacts(30, { personality: 'hubspot' }));
		const parameters = { crm: 'hubspot', resource: 'contact', operation: 'getChangedSince', cursorFrom: 'stored', firstRun: 'everything' };
		const first = await runWorkflow(workflow(parameters), 'CRM', one);
		expect(first.output('CRM')).toHaveLength(30);
		const cursors = (first.staticData['node:CRM'] as IDataObject).cursors as IDataObject;
		expect(cursors['hubspot:contacts']).toMatchObject({ updatedAt: expect.any(String), id: expect.any(String) });

		// Nothing changed: nothing read. Then two more contacts, changed later.
		const second = await runWorkflow(workflow(parameters, first.staticData), 'CRM', one);
		expect(second.output('CRM')).toHaveLength(0);
		crm.advanceClock(60_000);
		crm.seed('hubspot', 'contacts', generateContacts(2, { personality: 'hubspot', start: crm.now(), startId: 1000 }));
		const third = await runWorkflow(workflow(parameters, second.staticData), 'CRM', one);
		expect(third.output('CRM').map((i) => (i.json as { id: string }).id)).toEqual(['1000', '1001']);
	});

	it('with Continue On Fail, keeps the pages read before a failure and resumes after them next run', async () => {
		crm.seed('hubspot', 'contacts', generateContacts(250, { personality: 'hubspot' }));
		const parameters = {
			crm: 'hubspot',
			resource: 'contact',
			operation: 'getChangedSince',
			cursorFrom: 'stored',
			firstRun: 'everything',
			options: { maxRetries: 0, pageSize: 100 },
		};
		crm.addFault({ match: { path: '/search$', nth: [2] }, fault: { type: 'status', status: 500 } });
		const failed = await runWorkflow(workflow(parameters, undefined, { onError: 'continueRegularOutput' }), 'CRM', one);
		const out = failed.output('CRM');
		const error = out.pop()!;
		expect(error.json.error).toMatch(/500/);
		expect(error.json.recordsReadBeforeTheError).toBe(out.length);
		expect(out.length).toBeGreaterThan(0);
		crm.clearFaults();
		const resumed = await runWorkflow(workflow(parameters, failed.staticData), 'CRM', one);
		const ids = [...out, ...resumed.output('CRM')].map((i) => (i.json as { id: string }).id);
		expect(ids).toHaveLength(250);
		expect(new Set(ids).size).toBe(250);
	});

	it('waits out a 429 with Retry-After, then goes on', async () => {
		crm.seed('hubspot', 'contacts', generateContacts(5, { personality: 'hubspot' }));
		crm.addFault({ match: { path: '/crm/v3/objects/contacts$', nth: [1] }, fault: { type: 'status', status: 429, retryAfter: 1 } });
		const result = await runWorkflow(workflow({ crm: 'hubspot', resource: 'contact', operation: 'getMany', returnAll: true }), 'CRM', one);
		expect(result.output('CRM')).toHaveLength(5);
		const [limited, retried] = crm.journal({ path: '/crm/v3/objects/contacts$' });
		expect(limited.status).toBe(429);
		expect(retried.at - limited.at).toBeGreaterThanOrEqual(1000);
	});

	it('fails naming the record when it does not exist, and never shows the token', async () => {
		const result = await runWorkflow(workflow({ crm: 'hubspot', resource: 'contact', operation: 'get', recordId: '424242' }), 'CRM', one);
		const error = result.error('CRM');
		expect(error?.message).toContain('424242');
		expect(JSON.stringify(result.run.data)).not.toContain('pat-test-token');
	});
});

describe('CRM Source: Salesforce', () => {
	it('logs in once, and once more when the session expires in the middle of a read', async () => {
		crm.seed('salesforce', 'Contact', generateContacts(600, { personality: 'salesforce' }));
		crm.configure({ salesforce: { tokenLifetimeCalls: 2 } });
		const result = await runWorkflow(
			workflow({ crm: 'salesforce', resource: 'contact', operation: 'getMany', returnAll: true, options: { pageSize: 200 } }),
			'CRM',
			one,
		);
		expect(result.output('CRM')).toHaveLength(600);
		const logins = crm.journal({ path: '/services/oauth2/token' }).length;
		const queries = crm.journal({ path: '/services/data/' }).length;
		expect(logins).toBeGreaterThanOrEqual(2);
		expect(logins).toBeLessThan(queries);
		expect(JSON.stringify(result.run.data)).not.toContain('sf-client-secret');
	});
});

describe('CRM Source: Pipedrive and any REST CRM', () => {
	it('gets Pipedrive persons with the API token as a query parameter', async () => {
		crm.seed('pipedrive', 'persons', generateContacts(12, { personality: 'pipedrive' }));
		const result = await runWorkflow(
			workflow({ crm: 'pipedrive', resource: 'contact', operation: 'getMany', returnAll: true, options: { normalised: true } }),
			'CRM',
			one,
		);
		const out = result.output('CRM').map((i) => i.json);
		expect(out).toHaveLength(12);
		expect(out[0]).toMatchObject({ source: 'pipedrive', objectType: 'persons' });
	});

	it('reads changed records from a REST API with a cursor in the body', async () => {
		crm.seed('rest', 'contacts', generateContacts(25, { personality: 'rest' }));
		const parameters = {
			crm: 'rest',
			operation: 'getChangedSince',
			cursorFrom: 'stored',
			firstRun: 'everything',
			restPath: '/contacts',
			recordsPath: 'data',
			paginationStyle: 'cursor',
			cursorPath: 'next_cursor',
			cursorParam: 'cursor',
			idField: 'id',
			updatedAtField: 'updated_at',
			updatedSinceParam: 'updated_since',
		};
		const first = await runWorkflow(workflow(parameters), 'CRM', one);
		expect(first.output('CRM')).toHaveLength(25);
		const second = await runWorkflow(workflow(parameters, first.staticData), 'CRM', one);
		expect(second.output('CRM')).toHaveLength(0);
		expect(crm.journal({ path: '/rest/cursor/contacts' }).every((e) => e.headers.authorization === 'Bearer rest-test-token')).toBe(true);
	});
});
