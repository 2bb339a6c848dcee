/**
 * The 1-based line of `text` that the character at `offset` is on, counting LF as the line end
 * (so CRLF counts once), as fast-xml-parser's validator does.
 *
 * @example
 * lineNumberAt('a\nb\nc', 4); // 3
 */
export function lineNumberAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}
