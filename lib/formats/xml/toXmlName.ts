// The XML 1.0 name characters of the Basic Multilingual Plane. Astral ones (U+10000 and up) are
// valid XML too, but fast-xml-parser's validator rejects them, and what we write must read back.
// A colon is allowed inside a name (a namespace prefix such as `crm:id`) but not first.
const START = 'A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const REST = START + ':\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
// The combining marks U+0300–U+036F are name characters (not first), hence ranges of them.
// eslint-disable-next-line no-misleading-character-class -- checked a character at a time
const NAME = new RegExp(`^[${START}][${REST}]*$`);
const START_CHAR = new RegExp(`^[${START}]$`);
// eslint-disable-next-line no-misleading-character-class -- checked a character at a time
const NAME_CHAR = new RegExp(`^[${REST}]$`);

/**
 * Whether `name` can be written as an element or attribute name as it is.
 *
 * @example
 * isXmlName('first_name'); // true
 * isXmlName('first name'); // false
 */
export function isXmlName(name: string): boolean {
	return NAME.test(name);
}

/**
 * Turns a field name into an XML name: every character that cannot be in a name becomes `_` (one
 * per character, astral ones included), and a name that cannot start as it does (a digit, `-`,
 * `.`, `:`) gets a leading `_`. An empty name becomes `_`. Valid names come back unchanged, so
 * they round-trip exactly.
 *
 * @example
 * toXmlName('first name'); // 'first_name'
 * toXmlName('2fa');        // '_2fa'
 * toXmlName('e-mail');     // 'e-mail'
 */
export function toXmlName(name: string): string {
	if (isXmlName(name)) return name;
	let out = '';
	for (const char of name) out += NAME_CHAR.test(char) ? char : '_';
	return out !== '' && START_CHAR.test(out[0]) ? out : `_${out}`;
}
