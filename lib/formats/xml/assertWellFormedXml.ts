import { XMLValidator } from 'fast-xml-parser';
import { FormatError } from '../../core/formatError';
import { xmlElementPathAt } from './xmlElementPathAt';

/**
 * Throws a `FormatError` naming the line, column and element when `text` is not well-formed XML
 * (unclosed or mismatched tags, a bare `&` or `<`, repeated attributes, text after the root...).
 * The validator lets several root elements pass; `parseXmlRecords` refuses those itself.
 *
 * @example
 * assertWellFormedXml('<a>\n<b>\n</a>');
 * // FormatError: Malformed XML: Expected closing tag 'b' (opened in line 2, col 1) instead of
 * // closing tag 'a', at column 1 (line 3, element /a/b)
 */
export function assertWellFormedXml(text: string): void {
	const result = XMLValidator.validate(text);
	if (result === true) return;
	const { msg, line, col } = result.err;
	const column = typeof col === 'number' && col > 0 ? col : undefined;
	throw new FormatError(`Malformed XML: ${msg.replace(/\.$/, '')}${column ? `, at column ${column}` : ''}`, {
		line,
		element: xmlElementPathAt(text, offsetOf(text, line, column ?? 1)),
	});
}

/** Offset of 1-based `line` and `column` in `text`. */
function offsetOf(text: string, line: number, column: number): number {
	let start = 0;
	for (let l = 1; l < line; l++) {
		const next = text.indexOf('\n', start);
		if (next === -1) break;
		start = next + 1;
	}
	return Math.min(text.length, start + column - 1);
}
