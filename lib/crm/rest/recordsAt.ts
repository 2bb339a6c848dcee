import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import { readPath } from '../../restructure/readPath';
import { CrmApiError } from '../http/CrmApiError';

/**
 * The records array of a list response at `recordsPath` ('' = the body itself). A `null` there
 * is an empty page (some APIs write `"data": null` when nothing matches); a missing path or
 * something other than an array is a configuration error, named with the keys that are there.
 *
 * @example
 * recordsAt({ data: { items: [{ id: 1 }] } }, 'data.items', 'GET https://api.example.com/c'); // [{ id: 1 }]
 * recordsAt({ results: [] }, 'data', 'GET …'); // throws: no records array at "data" … top-level keys: results
 */
export function recordsAt(body: unknown, recordsPath: string, call: string): Row[] {
	let value: unknown = body;
	if (recordsPath !== '') {
		const lookup = isPlainObject(body) ? readPath(body, recordsPath) : { found: false as const };
		if (!lookup.found) throw new CrmApiError(`${call}: no records array at "${recordsPath}" in the response (${describeShape(body)}); check the records path`, { code: 'UNEXPECTED', url: call.replace(/^[A-Z]+ /, '') });
		value = lookup.value;
	}
	if (value === null) return [];
	if (!Array.isArray(value)) {
		const where = recordsPath === '' ? 'the response body' : `"${recordsPath}"`;
		const shape = recordsPath === '' ? describeShape(body) : `found ${describeValue(value)}`;
		throw new CrmApiError(`${call}: ${where} is not a records array (${shape}); check the records path`, { code: 'UNEXPECTED', url: call.replace(/^[A-Z]+ /, '') });
	}
	return value.map((record, index) => {
		if (!isPlainObject(record)) throw new CrmApiError(`${call}: record ${index} at "${recordsPath}" is ${describeValue(record)}, not an object`, { code: 'UNEXPECTED' });
		return record;
	});
}

function describeShape(body: unknown): string {
	if (!isPlainObject(body)) return `the body is ${describeValue(body)}`;
	const keys = Object.keys(body);
	return keys.length === 0 ? 'the body is an empty object' : `top-level keys: ${keys.slice(0, 20).join(', ')}${keys.length > 20 ? ', …' : ''}`;
}

function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (isPlainObject(value)) return 'an object';
	return `a ${typeof value}`;
}
