import type { MockCrm } from '../../../test/mock-crm';
import { CrmApiError } from '../http/CrmApiError';
import { fetchRequest } from '../http/fetchRequest';
import { salesforceSession, type SalesforceSession } from './salesforceSession';
import type { SalesforceCredentials } from './types';

import { FAST_RETRY } from '../mockCrm.test-helper';

export { FAST_RETRY };
export { useMockCrm as useSalesforceMock } from '../mockCrm.test-helper';

/** The mock's connected app (its defaults). */
export const CLIENT_ID = 'sf-client-id';
export const CLIENT_SECRET = 'sf-client-secret';
export const REFRESH_TOKEN = 'sf-refresh-token';

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
