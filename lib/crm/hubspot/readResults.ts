import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import { CrmApiError } from '../http/CrmApiError';

/** One page of a HubSpot list or search response. */
export interface HubSpotPage {
	records: Row[];
	/** `paging.next.after`: present while there are more records. */
	after?: string;
}

/**
 * Reads `{ results: [...], paging?: { next: { after } } }`, checking that every result is an
 * object with an id, so a changed or broken response fails clearly here rather than as a wrong
 * cursor later. `call` names the request for the error message.
 *
 * @example
 * readResults({ results: [{ id: '1', properties: {} }], paging: { next: { after: 'MQ==' } } }, 'GET …/contacts');
 * // { records: [{ id: '1', properties: {} }], after: 'MQ==' }
 */
export function readResults(body: Record<string, unknown>, call: string): HubSpotPage {
	const { results, paging } = body;
	if (!Array.isArray(results)) throw new CrmApiError(`HubSpot ${call} returned no results list`, { code: 'UNEXPECTED' });
	for (const [index, record] of results.entries()) {
		const id = isPlainObject(record) ? record.id : undefined;
		if ((typeof id !== 'string' && typeof id !== 'number') || String(id) === '') {
			throw new CrmApiError(`HubSpot ${call} returned a result without an id (result ${index + 1})`, { code: 'UNEXPECTED' });
		}
	}
	const next = isPlainObject(paging) && isPlainObject(paging.next) ? paging.next.after : undefined;
	const after = typeof next === 'string' || typeof next === 'number' ? String(next) : undefined;
	return { records: results as Row[], after: after === '' ? undefined : after };
}
