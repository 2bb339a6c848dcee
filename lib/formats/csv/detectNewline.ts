/**
 * The line break of CSV text: the first `\r\n`, `\n` or `\r` outside a quoted field (a quoted
 * value may hold another kind). `\n` when there is none. Mixed line breaks are not supported:
 * the parser splits records on this one only, as papaparse does.
 *
 * @example
 * detectNewline('a,b\r\n1,2\r\n'); // '\r\n'
 * detectNewline('"x\ny",b\r1,2\r'); // '\r'
 */
export function detectNewline(sample: string, quoteChar = '"'): '\r\n' | '\n' | '\r' {
	const quote = quoteChar.charCodeAt(0);
	let inQuotes = false;
	let fieldStart = true;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		if (inQuotes) {
			if (code === quote) {
				if (sample.charCodeAt(i + 1) === quote) i++;
				else inQuotes = false;
			}
			continue;
		}
		if (code === 10) return '\n';
		if (code === 13) return sample.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
		if (code === quote && fieldStart) inQuotes = true;
		// Any candidate delimiter may start a field: the delimiter may not be known yet.
		fieldStart = code === 44 || code === 59 || code === 9 || code === 124;
	}
	return '\n';
}
