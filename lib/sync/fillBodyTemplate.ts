import type { Row } from '../core/record';
import { readPath } from '../restructure/readPath';

/**
 * Fills the `{{field}}` placeholders of a JSON body template and parses the result. Where a
 * placeholder stands as a JSON value it becomes the field's value JSON-encoded (`{{age}}` → `42`,
 * `{{tags}}` → `["a"]`, missing → `null`); inside a string it becomes the value as text, escaped
 * for the string (`"Hi {{name}}"` → `"Hi \"Ada\""` for a name with quotes, missing → empty). So
 * `{"name": {{name}}}` keeps types and `{"zip": "{{zip}}"}` always sends text. A template that
 * is not JSON once filled in throws a RangeError.
 *
 * @example
 * fillBodyTemplate('{"email": {{email}}, "note": "from {{source}}", "n": {{n}}}', { email: 'a@b.co', source: 'csv', n: 2 });
 * // { email: 'a@b.co', note: 'from csv', n: 2 }
 */
export function fillBodyTemplate(template: string, record: Row): unknown {
	let text = '';
	let inString = false;
	for (let at = 0; at < template.length; ) {
		const end = template.startsWith('{{', at) ? template.indexOf('}}', at + 2) : -1;
		if (end !== -1) {
			const found = readPath(record, template.slice(at + 2, end).trim());
			const value = found.found ? found.value : undefined;
			text += inString ? JSON.stringify(asText(value)).slice(1, -1) : (JSON.stringify(value) ?? 'null');
			at = end + 2;
			continue;
		}
		const char = template[at];
		if (inString && char === '\\') {
			// An escape is copied whole, so an escaped quote does not end the string.
			text += template.slice(at, at + 2);
			at += 2;
			continue;
		}
		if (char === '"') inString = !inString;
		text += char;
		at++;
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new RangeError(`The body template is not valid JSON once filled in (${error instanceof Error ? error.message : String(error)})`);
	}
}

function asText(value: unknown): string {
	if (value === undefined || value === null) return '';
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
