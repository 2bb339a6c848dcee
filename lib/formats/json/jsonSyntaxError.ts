import { FormatError } from '../../core/formatError';
import { countLineBreaks } from '../text/countLineBreaks';
import { jsonErrorOffset } from './jsonErrorOffset';

/**
 * Turns JSON.parse's SyntaxError into a FormatError naming the line (and column) of the problem.
 * The position is found by {@link jsonErrorOffset}, since V8 names it for some errors only.
 *
 * @example
 * try { JSON.parse(text) } catch (e) { throw jsonSyntaxError(e as Error, text) }
 * // FormatError "Invalid JSON: Unexpected token … (line 3)"
 */
export function jsonSyntaxError(error: Error, text: string, firstLine = 1): FormatError {
	// V8 adds the position or an excerpt of the input: the line and column say it better.
	const reason = error.message.split(/ in JSON at position|, (?:\.\.\.)?"/)[0];
	const position = jsonErrorOffset(text);
	return new FormatError(`Invalid JSON at column ${columnAt(text, position)}: ${reason}`, {
		line: firstLine + countLineBreaks(text, position),
	});
}

/** 1-based column of `position`: line breaks are \n, \r\n or \r, as for the line number. */
function columnAt(text: string, position: number): number {
	return position - Math.max(text.lastIndexOf('\n', position - 1), text.lastIndexOf('\r', position - 1));
}
