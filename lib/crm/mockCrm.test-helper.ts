import { startMockCrm, type MockCrm, type MockCrmOptions } from '../../test/mock-crm';
import type { RetryPolicy } from './http/retryPolicy';

/** Tiny delays so retry tests stay fast; Retry-After from the mock is still honoured as sent. */
export const FAST_RETRY: Partial<RetryPolicy> = { maxRetries: 3, baseDelayMs: 5, maxDelayMs: 50 };

/**
 * Starts the mock CRM (test/mock-crm, a real HTTP server on 127.0.0.1) for one test file, resets
 * it before each test and closes it afterwards; the function returned gives the running mock.
 */
export function useMockCrm(options: MockCrmOptions = {}): () => MockCrm {
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
