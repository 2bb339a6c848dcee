import type { JournalEntry, MockCrm } from '../../../test/mock-crm';
import { useMockCrm as useSharedMockCrm } from '../mockCrm.test-helper';
import type { CrmRequest, RequestFn } from '../types';
import { fetchRequest } from './fetchRequest';
import type { RetryPolicy } from './retryPolicy';

/** The REST personality's token; tests check that it never shows in an error message. */
export const REST_TOKEN = 'rest-test-token';

/** Tiny delays so retry tests stay fast; waits from Retry-After still apply in full. */
export const FAST_RETRY: Partial<RetryPolicy> = { baseDelayMs: 5, maxDelayMs: 50 };

/** Starts the mock CRM for a test file and stops it afterwards; faults and the journal are cleared per test. */
export function useMockCrm(): { crm: () => MockCrm } {
	return { crm: useSharedMockCrm() };
}

/** A RequestFn on fetch that adds the REST personality's credential the given way, as the node's credential would. */
export function authedRequest(how: 'bearer' | 'header' | 'basic' | 'query' = 'bearer', timeoutMs = 2000): RequestFn {
	const send = fetchRequest({ timeoutMs });
	return async (request: CrmRequest) => {
		const headers = { ...request.headers };
		const qs = { ...request.qs };
		if (how === 'bearer') headers.Authorization = `Bearer ${REST_TOKEN}`;
		if (how === 'header') headers['X-API-Key'] = REST_TOKEN;
		if (how === 'basic') headers.Authorization = `Basic ${Buffer.from(`${REST_TOKEN}:`).toString('base64')}`;
		if (how === 'query') qs.api_key = REST_TOKEN;
		return await send({ ...request, headers, qs });
	};
}

/** The journal entries of the generic REST personality, in arrival order. */
export function restCalls(crm: MockCrm): JournalEntry[] {
	return crm.journal({ personality: 'rest' });
}
