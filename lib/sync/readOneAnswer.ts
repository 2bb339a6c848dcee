import { readPath } from '../restructure/readPath';
import { isPlainObject } from '../restructure/isPlainObject';
import type { CrmResponse } from '../crm/types';
import type { RecordOutcome } from './types';

/**
 * The outcome of a 2xx answer to a one-record request. Created when the status is 201 or the
 * body says so (`status: 'created'`, `created: true` or `new: true`), else updated. The id is
 * read at `idPath` (default `id`) of a JSON body; a body that is not JSON is kept as text, since
 * the record was accepted all the same.
 *
 * @example
 * readOneAnswer({ status: 201, headers: {}, body: '{"data":{"id":"c_1"}}' }, 'data.id');
 * // { status: 'created', destinationId: 'c_1', response: { data: { id: 'c_1' } } }
 */
export function readOneAnswer(response: CrmResponse, idPath = 'id'): RecordOutcome {
	let body: unknown = response.body;
	if (response.body.trim() !== '') {
		try {
			body = JSON.parse(response.body);
		} catch {
			// Not JSON (plain "OK", an empty 204): the text is the answer.
		}
	} else {
		body = undefined;
	}
	const id = isPlainObject(body) ? readPath(body, idPath) : { found: false as const };
	const destinationId = id.found && id.value !== null && id.value !== undefined && typeof id.value !== 'object' ? String(id.value) : undefined;
	return { status: response.status === 201 || saysCreated(body) ? 'created' : 'updated', destinationId, response: body };
}

/** Whether an answer's body says the record was created rather than updated. */
export function saysCreated(body: unknown): boolean {
	if (!isPlainObject(body)) return false;
	return body.status === 'created' || body.created === true || body.new === true;
}
