import type { Row } from '../../core/record';

/**
 * Writes records as NDJSON, one line each, in pieces of about 64 KiB to stream out.
 *
 * @example
 * [...ndjsonChunks([{ a: 1 }, { a: 2 }])].join(''); // '{"a":1}\n{"a":2}\n'
 */
export function* ndjsonChunks(rows: Iterable<Row>, pieceSize = 64 * 1024): Generator<string> {
	let piece = '';
	for (const row of rows) {
		piece += JSON.stringify(row) + '\n';
		if (piece.length >= pieceSize) {
			yield piece;
			piece = '';
		}
	}
	if (piece) yield piece;
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
