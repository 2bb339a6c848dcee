import { backoffDelay } from '../crm/http/backoffDelay';
import { describeCall } from '../crm/http/describeCall';
import { errorFor } from '../crm/http/errorFor';
import type { RetryPolicy } from '../crm/http/retryPolicy';
import { sendRequest } from '../crm/http/sendRequest';
import type { CrmRequest, RequestFn } from '../crm/types';
import type { PrepareContext, RecordOutcome, SyncDestination, SyncError, SyncItem } from './types';

export interface DeliveryContext {
	destination: SyncDestination;
	/** The request function, already rate-limited, counted and bounded in requests in flight (a batch's requests are started together). */
	request: RequestFn;
	retry: RetryPolicy;
	prepare: PrepareContext;
}

/**
 * Sends one batch of records and returns an outcome per record, in the order of `items`. The
 * destination prepares the requests; they are started together, each sent with `sendRequest`
 * (which retries 429, 5xx, resets and timeouts), and their answers read into per-record outcomes.
 * How many run at once is up to `context.request` (`syncRecords` gives one shared by all batches). Records that failed for a
 * reason that may pass (their own 5xx or 429 inside a partial answer, or an answer cut off) are
 * prepared and sent again, alone, after a backoff, at most `retry.maxRetries` times: with the
 * same idempotency keys, so a record that was in fact applied is not applied twice. Never throws
 * for a failed request: the records fail with the error instead.
 *
 * @example
 * const outcomes = await deliverItems(batch, { destination, request, retry: resolveRetryPolicy(), prepare: { now: () => new Date() } });
 */
export async function deliverItems(items: SyncItem[], context: DeliveryContext, attempt = 0): Promise<RecordOutcome[]> {
	const outcomes = new Map<SyncItem, RecordOutcome>();
	let prepared;
	try {
		prepared = context.destination.prepare(items, context.prepare);
	} catch (error) {
		return items.map(() => failed({ code: 'BAD_RECORD', message: messageOf(error) }));
	}
	for (const { item, error } of prepared.rejected) outcomes.set(item, failed(error));
	// All at once: `context.request` bounds the requests in flight across batches. One after another,
	// a batch of one-record requests would keep a single request in flight whatever the concurrency.
	await Promise.all(
		prepared.requests.map(async ({ request, items: carried }) => {
			const answered = await exchange(request, carried, context);
			carried.forEach((item, at) => outcomes.set(item, answered[at]));
			const again = carried.filter((_item, at) => answered[at].error?.retryable === true);
			if (again.length === 0 || attempt >= context.retry.maxRetries) return;
			const delayMs = backoffDelay(attempt, context.retry);
			const first = answered.find((outcome) => outcome.error?.retryable === true);
			context.retry.onRetry?.({ attempt: attempt + 1, delayMs, reason: `${again.length} of ${carried.length} records failed for now: ${first?.error?.message ?? ''}` });
			await context.retry.sleep(delayMs);
			const retried = await deliverItems(again, context, attempt + 1);
			again.forEach((item, at) => outcomes.set(item, retried[at]));
		}),
	);
	return items.map((item) => outcomes.get(item) ?? failed({ code: 'UNANSWERED', message: 'The destination left this record out of its requests' }));
}

/** One request and its answer, read into outcomes for the records it carried. */
async function exchange(request: CrmRequest, items: SyncItem[], context: DeliveryContext): Promise<RecordOutcome[]> {
	const { destination } = context;
	let response;
	try {
		response = await sendRequest(context.request, request, context.retry);
	} catch (error) {
		// sendRequest has retried what can be retried: the batch fails, the run goes on.
		const status = (error as { status?: unknown }).status;
		return items.map(() => failed({ code: codeOf(error), message: messageOf(error), ...(typeof status === 'number' ? { status } : {}) }));
	}
	if (response.status < 200 || response.status > 299) {
		const error = errorFor(response, describeCall(request), destination.name);
		return items.map(() => failed({ code: error.code, message: error.message, status: response.status }));
	}
	let outcomes: RecordOutcome[];
	try {
		outcomes = destination.interpret(response, items);
	} catch (error) {
		const retryable = (error as { retryable?: unknown }).retryable === true;
		return items.map(() => failed({ code: codeOf(error), message: messageOf(error), status: response.status, retryable }));
	}
	return items.map((_item, at) => outcomes[at] ?? failed({ code: 'UNANSWERED', message: `${destination.name || 'The destination'} answered without an outcome for this record` }));
}

function failed(error: SyncError): RecordOutcome {
	return { status: 'failed', error };
}

function codeOf(error: unknown): string {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' && code !== '' ? code : 'UNEXPECTED';
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
