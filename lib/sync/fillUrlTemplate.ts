import type { Row } from '../core/record';
import { readPath } from '../restructure/readPath';

/** `{{field}}` or `{{ a.b }}`: a path into the record (see `readPath`). */
export const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

/**
 * Fills the `{{field}}` placeholders of a URL template with the record's values, each
 * URL-encoded (so `/` or `?` in an id cannot change the path or add a query). Objects are
 * written as JSON. A placeholder whose field is missing, null or empty throws a RangeError
 * naming it: a URL with a hole would reach the wrong resource (`/contacts/` lists them all).
 *
 * @example
 * fillUrlTemplate('https://x/api/contacts/{{id}}?src={{ meta.source }}', { id: 'a/b 1', meta: { source: 'crm' } });
 * // 'https://x/api/contacts/a%2Fb%201?src=crm'
 */
export function fillUrlTemplate(template: string, record: Row): string {
	return template.replace(PLACEHOLDER, (_match, path: string) => {
		const found = readPath(record, path);
		const value = found.found ? found.value : undefined;
		if (value === undefined || value === null || value === '') throw new RangeError(`The URL needs the field "${path}", which is missing or empty`);
		return encodeURIComponent(typeof value === 'object' ? JSON.stringify(value) : String(value));
	});
}
