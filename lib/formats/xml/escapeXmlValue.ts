/** Code units XML 1.0 cannot hold, not even as `&#...;`: C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_SPECIALS = /[&<>\r]/g;
const ATTRIBUTE_SPECIALS = /[&<>"'\t\n\r]/g;

const REPLACEMENTS: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
	'\t': '&#9;',
	'\n': '&#10;',
	'\r': '&#13;',
};

/**
 * Escapes `value` for element text or, with `inAttribute`, for a quoted attribute value. A CR is
 * written `&#13;` (and in attributes also tab and LF as references), because parsers turn raw CRs
 * into LFs and raw whitespace in attributes into spaces; this way they read back as they were.
 * Characters XML cannot contain at all (most C0 controls, U+FFFE, U+FFFF, lone surrogates) are
 * dropped: there is no way to write them.
 *
 * @example
 * escapeXmlValue('a < b & c\r\n');   // 'a &lt; b &amp; c&#13;\n'
 * escapeXmlValue('say "hi"', true); // 'say &quot;hi&quot;'
 */
export function escapeXmlValue(value: string, inAttribute = false): string {
	const writable = value.replace(NOT_XML, '');
	return writable.replace(inAttribute ? ATTRIBUTE_SPECIALS : TEXT_SPECIALS, (c) => REPLACEMENTS[c]);
}
