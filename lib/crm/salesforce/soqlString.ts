import { CrmApiError } from '../http/CrmApiError';

// SOQL's escape sequences inside a quoted string (Salesforce "Quoted String Escape Sequences").
const ESCAPES: Record<string, string> = {
	'\\': '\\\\',
	"'": "\\'",
	'"': '\\"',
	'\n': '\\n',
	'\r': '\\r',
	'\t': '\\t',
	'\b': '\\b',
	'\f': '\\f',
};

/**
 * Writes `value` as a quoted SOQL string literal. Backslashes, quotes and the control characters
 * SOQL has escapes for are escaped, so a value can never end the literal and add SOQL of its
 * own; other control characters have no escape and are refused. With `like`, `%` and `_` are
 * escaped too, for a value that must match literally inside a LIKE pattern.
 *
 * @example
 * soqlString("O'Brien"); // "'O\\'Brien'"
 * soqlString("x' OR Name != '"); // "'x\\' OR Name != \\''"
 * soqlString('50%_off', { like: true }); // "'50\\%\\_off'"
 */
export function soqlString(value: string, options: { like?: boolean } = {}): string {
	let text = '';
	for (const char of String(value)) {
		const escaped = ESCAPES[char];
		if (escaped !== undefined) text += escaped;
		else if (options.like && (char === '%' || char === '_')) text += `\\${char}`;
		else if (char < ' ' || char === '\u007f') {
			throw new CrmApiError(`Salesforce filter value contains the control character U+${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}, which SOQL cannot express`, { code: 'BAD_REQUEST' });
		} else text += char;
	}
	return `'${text}'`;
}
