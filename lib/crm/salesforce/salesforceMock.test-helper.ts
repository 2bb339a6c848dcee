import { startMockCrm, type MockCrm, type MockCrmOptions } from '../../../test/mock-crm';
import { CrmApiError } from '../http/CrmApiError';
import { fetchRequest } from '../http/fetchRequest';
import type { RetryPolicy } from '../http/retryPolicy';
import { salesforceSession, type SalesforceSession } from './salesforceSession';
import type { SalesforceCredentials } from './types';

/** The mock's connected app (its defaults). */
export const CLIENT_ID = 'sf-client-id';
export const CLIENT_SECRET = 'sf-client-secret';
export const REFRESH_TOKEN = 'sf-refresh-token';

/** Tiny delays so retry tests stay fast. */
export const FAST_RETRY: Partial<RetryPolicy> = { maxRetries: 3, baseDelayMs: 5, maxDelayMs: 50 };

/** Starts a mock CRM for one test file and resets it before each test; `crm()` gives the running mock. */
export function useSalesforceMock(options: MockCrmOptions = {}): () => MockCrm {
	let crm: MockCrm | undefined;
	beforeAll(async () => {
		crm = await startMockCrm(options);
	});
	afterAll(async () => {
		await crm?.close();
	});
	beforeEach(() => {
		crm?.reset();
	});
	return () => {
		if (crm === undefined) throw new Error('mock CRM not started');
		return crm;
	};
}

/** Client-credentials login to the mock. */
export function credentials(crm: MockCrm, overrides: Partial<SalesforceCredentials> = {}): SalesforceCredentials {
	return { loginUrl: crm.url, grant: 'clientCredentials', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, ...overrides };
}

/** A session on the mock over real HTTP. */
export function mockSession(crm: MockCrm, overrides: Partial<SalesforceCredentials> = {}): SalesforceSession {
	return salesforceSession(fetchRequest({ timeoutMs: 5000 }), credentials(crm, overrides), { retry: FAST_RETRY });
}

/** How many times the mock's token endpoint was called. */
export function tokenRequests(crm: MockCrm): number {
	return crm.journal({ path: '^/services/oauth2/token$' }).length;
}

/** The SOQL of every query the mock received (follow-up pages have none). */
export function queries(crm: MockCrm): string[] {
	return crm
		.journal({ path: '/query$' })
		.map((entry) => entry.query.q)
		.filter((q): q is string => typeof q === 'string');
}

/** The CrmApiError `promise` rejects with; fails the test if it resolves or rejects with anything else. */
export async function crmErrorOf(promise: Promise<unknown>): Promise<CrmApiError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof CrmApiError) return error;
		throw error;
	}
	throw new Error('expected a CrmApiError, but the call succeeded');
}
