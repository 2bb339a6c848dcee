import type { Row } from '../../core/record';

/**
 * Writes records as NDJSON, one line each, in pieces of about 64 KiB to stream out. Each piece
 * is one `join` of its lines: appending with `+=` would build a tree of fragments that costs
 * more than the text (see CsvPieceWriter).
 *
 * @example
 * [...ndjsonChunks([{ a: 1 }, { a: 2 }])].join(''); // '{"a":1}\n{"a":2}\n'
 */
export function* ndjsonChunks(rows: Iterable<Row>, pieceSize = 64 * 1024): Generator<string> {
	let lines: string[] = [];
	let length = 0;
	for (const row of rows) {
		const line = JSON.stringify(row);
		lines.push(line, '\n');
		length += line.length + 1;
		if (length >= pieceSize) {
			yield lines.join('');
			lines = [];
			length = 0;
		}
	}
	if (length) yield lines.join('');
}

/**
 * Writes records as one NDJSON text.
 *
 * @example
 * writeNdjson([{ a: 1 }]); // '{"a":1}\n'
 */
export function writeNdjson(rows: Iterable<Row>): string {
	return [...ndjsonChunks(rows)].join('');
}
