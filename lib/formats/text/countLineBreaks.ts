/**
 * Counts the line breaks in `text` before `end`: `\n`, `\r\n` and a lone `\r` each count once,
 * the three conventions a CSV or text file may use. A `\r` just before `end` counts even if a
 * `\n` follows it, since the caller asked about the text before `end`.
 *
 * Uses `indexOf`, not a character loop, because it runs over every chunk of every input.
 *
 * @example
 * countLineBreaks('a\r\nb\nc\rd'); // 3
 * countLineBreaks('a\nb\nc', 3); // 1
 */
export function countLineBreaks(text: string, end: number = text.length): number {
	let breaks = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) breaks++;
	for (let i = text.indexOf('\r'); i !== -1 && i < end; i = text.indexOf('\r', i + 1)) {
		if (i + 1 >= end || text.charCodeAt(i + 1) !== 10) breaks++;
	}
	return breaks;
}
