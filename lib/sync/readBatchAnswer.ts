import { parseJson } from '../crm/http/parseJson';
import { readPath } from '../restructure/readPath';
import { isPlainObject } from '../restructure/isPlainObject';
import type { CrmResponse } from '../crm/types';
import { saysCreated } from './readOneAnswer';
import type { RecordOutcome, SyncError } from './types';

export interface BatchAnswerOptions {
	/** Where the per-record results are in the body; default the body itself if it is an array, else `results`, `data` or `records`. */
	resultsPath?: string;
	/** Where a result holds the record's id. Default `id`. */
	idPath?: string;
	/** Names the call in errors, e.g. 'POST https://x/api/contacts/batch'. */
	call: string;
}

/**
 * The per-record outcomes of a 2xx answer to a batch of `count` records. Results are matched by
 * their `index` field when they have one, else by position. A result with an `error`, with
 * `success: false` or with status 'failed'/'error' fails its record alone (retryable when its
 * own status is 429 or 5xx); one with status 'created', `created: true` or `new: true` is
 * created, any other is updated. A record the answer says nothing about fails as UNANSWERED. An
 * answer without a results list (a bare 202 "accepted") counts every record as updated. A body
 * that is not JSON throws CrmApiError MALFORMED_JSON: a cut-off answer says nothing reliable.
 *
 * @example
 * readBatchAnswer({ status: 207, headers: {}, body: '{"results":[{"index":0,"id":"a","status":"created"},{"index":1,"error":{"code":"bad","message":"no"}}]}' }, 2, { call: 'POST …' });
 * // [{ status: 'created', destinationId: 'a', … }, { status: 'failed', error: { code: 'bad', message: 'no', … } }]
 */
export function readBatchAnswer(response: CrmResponse, count: number, options: BatchAnswerOptions): RecordOutcome[] {
	const body = response.body.trim() === '' ? undefined : parseJson(response, options.call);
	const results = resultsOf(body, options.resultsPath);
	if (results === undefined) return Array.from({ length: count }, (): RecordOutcome => ({ status: 'updated', response: body }));
	const outcomes: Array<RecordOutcome | undefined> = Array.from({ length: count }, () => undefined);
	results.forEach((result, position) => {
		const index = isPlainObject(result) && Number.isInteger(result.index) ? (result.index as number) : position;
		if (index < 0 || index >= count || outcomes[index] !== undefined) return;
		outcomes[index] = outcomeOf(result, options.idPath ?? 'id');
	});
	return outcomes.map(
		(outcome) => outcome ?? { status: 'failed', error: { code: 'UNANSWERED', message: `${options.call}: the answer has no result for this record; it may not have been written` } },
	);
}

function resultsOf(body: unknown, path: string | undefined): unknown[] | undefined {
	if (path !== undefined && path !== '') {
		const found = isPlainObject(body) ? readPath(body, path) : { found: false as const };
		return found.found && Array.isArray(found.value) ? found.value : undefined;
	}
	if (Array.isArray(body)) return body;
	if (!isPlainObject(body)) return undefined;
	for (const name of ['results', 'data', 'records']) if (Array.isArray(body[name])) return body[name] as unknown[];
	return undefined;
}

function outcomeOf(result: unknown, idPath: string): RecordOutcome {
	if (!isPlainObject(result)) return { status: 'updated', response: result };
	const error = errorOf(result);
	if (error !== undefined) return { status: 'failed', error, response: result };
	const id = readPath(result, idPath);
	const destinationId = id.found && id.value !== null && id.value !== undefined && typeof id.value !== 'object' ? String(id.value) : undefined;
	return { status: saysCreated(result) ? 'created' : 'updated', destinationId, response: result };
}

function errorOf(result: Record<string, unknown>): SyncError | undefined {
	const failed = result.success === false || result.status === 'failed' || result.status === 'error';
	const raw = result.error ?? (Array.isArray(result.errors) && result.errors.length > 0 ? result.errors[0] : undefined);
	if (!failed && (raw === undefined || raw === null || raw === false)) return undefined;
	const detail = isPlainObject(raw) ? raw : {};
	const status = typeof detail.status === 'number' ? detail.status : typeof result.status === 'number' ? result.status : undefined;
	const code = typeof detail.code === 'string' ? detail.code : typeof detail.statusCode === 'string' ? detail.statusCode : 'REJECTED';
	const message = typeof raw === 'string' ? raw : typeof detail.message === 'string' ? detail.message : 'the record was refused';
	return { code, message, status, retryable: status !== undefined && (status === 429 || status >= 500) };
}
