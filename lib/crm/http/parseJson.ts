import type { CrmResponse } from '../types';
import { CrmApiError } from './CrmApiError';
import { describeStatus } from './errorFor';

const EXCERPT = 120;

/**
 * Parses a response body as JSON. A body that is not JSON (an HTML page from a proxy, a cut-off
 * transfer, an empty body) throws `CrmApiError` 'MALFORMED_JSON' naming the call and showing
 * the start of the body, instead of a bare `SyntaxError` from deep inside a connector.
 *
 * @example
 * parseJson({ status: 200, headers: {}, body: '{"results":[]}' }, 'GET https://api.hubapi.com/crm/v3/objects/contacts'); // { results: [] }
 * parseJson({ status: 200, headers: {}, body: '{"results":[' }, 'GET …'); // throws CrmApiError MALFORMED_JSON
 */
export function parseJson(response: CrmResponse, call: string): unknown {
	try {
		return JSON.parse(response.body);
	} catch (error) {
		const text = response.body.replace(/\s+/g, ' ').trim();
		const excerpt = text === '' ? 'an empty body' : `"${text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text}"`;
		const why = error instanceof Error ? error.message : String(error);
		return throwMalformed(`${call} returned malformed JSON (${describeStatus(response.status)}, ${why}): ${excerpt}`, response.status, call);
	}
}

function throwMalformed(message: string, status: number, call: string): never {
	// A truncated or garbled body is often a transient proxy fault, so a retry may help.
	throw new CrmApiError(message, { code: 'MALFORMED_JSON', status, retryable: true, url: call.replace(/^[A-Z]+ /, '') });
}
