import type { CrmRequest, CrmResponse, RequestFn } from '../types';
import { backoffDelay } from './backoffDelay';
import { buildUrl } from './buildUrl';
import { CrmApiError, type CrmApiErrorCode } from './CrmApiError';
import { describeCall } from './describeCall';
import { describeStatus } from './errorFor';
import { readErrorBody } from './readErrorBody';
import { redactUrl } from './redactUrl';
import { resolveRetryPolicy, type RetryPolicy } from './retryPolicy';
import { retryAfterMs } from './retryAfterMs';
import { scrubSecrets } from './scrubSecrets';

const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNABORTED', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

interface Failure {
	code: CrmApiErrorCode;
	reason: string;
	status?: number;
	/** From Retry-After, when the server said how long to wait. */
	waitMs?: number;
}

/**
 * Sends a request through `request`, retrying what may succeed later: 429 and 503 (honouring
 * Retry-After in seconds or as an HTTP date, clamped to `maxRetryAfterMs`), 500/502/504, network
 * errors and timeouts. Without Retry-After it waits capped exponential backoff with full jitter.
 * At most `maxRetries` retries; then it throws `CrmApiError` (retryable, code of the last failure).
 * Every other status is returned as it is, for the connector to judge (401 → re-auth, 404 → …).
 *
 * @example
 * const response = await sendRequest(fetchRequest(), { method: 'GET', url: `${base}/contacts` }, { maxRetries: 3 });
 */
export async function sendRequest(request: RequestFn, req: CrmRequest, policy: Partial<RetryPolicy> = {}): Promise<CrmResponse> {
	const retry = resolveRetryPolicy(policy);
	const call = describeCall(req);
	for (let attempt = 0; ; attempt++) {
		const failure = await attemptOnce(request, req, call, retry);
		if (!('code' in failure)) return failure;
		if (attempt >= retry.maxRetries) {
			const attempts = attempt + 1;
			throw new CrmApiError(scrubSecrets(`${call} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${failure.reason}`, req), {
				code: failure.code,
				status: failure.status,
				retryable: true,
				url: redactUrl(buildUrl(req)),
			});
		}
		const delayMs = failure.waitMs ?? backoffDelay(attempt, retry);
		retry.onRetry?.({ attempt: attempt + 1, delayMs, reason: scrubSecrets(failure.reason, req) });
		await retry.sleep(delayMs);
	}
}

/** One attempt: the response to hand back, or why it should be retried. */
async function attemptOnce(request: RequestFn, req: CrmRequest, call: string, retry: RetryPolicy): Promise<CrmResponse | Failure> {
	let response: CrmResponse;
	try {
		response = await request(req);
	} catch (error) {
		if (error instanceof CrmApiError) throw error;
		const code = (error as { code?: unknown } | null)?.code;
		const name = (error as { name?: unknown } | null)?.name;
		if (name === 'TimeoutError' || (typeof code === 'string' && TIMEOUT_CODES.has(code))) {
			return { code: 'TIMEOUT', reason: `timed out (${typeof code === 'string' ? code : 'TimeoutError'})` };
		}
		if (typeof code === 'string' && code !== '') return { code: 'NETWORK', reason: `network error (${code})` };
		// No error code: not a network failure but a fault in the request function; retrying won't help.
		const message = error instanceof Error ? error.message : String(error);
		throw new CrmApiError(scrubSecrets(`${call} failed: ${message}`, req), { code: 'UNEXPECTED', url: redactUrl(buildUrl(req)) });
	}
	if (!RETRIED_STATUSES.has(response.status)) return response;
	const detail = readErrorBody(response.body);
	const reason = detail.text === '' ? describeStatus(response.status) : `${describeStatus(response.status)}: ${detail.text}`;
	const after = retryAfterMs(response.headers['retry-after'], (retry.now ?? (() => new Date()))());
	return {
		code: response.status === 429 ? 'RATE_LIMITED' : 'SERVER_ERROR',
		reason,
		status: response.status,
		waitMs: after === undefined ? undefined : Math.min(after, retry.maxRetryAfterMs),
	};
}
