import type { Row } from '../../core/record';
import { columnsOf } from './columnsOf';
import { CsvPieceWriter } from './csvPieceWriter';
import type { CsvWriteOptions } from './options';

/**
 * Writes rows as CSV text in pieces of about 64 KiB, for streaming a large file instead of
 * building one string: a generator for an array or other iterable, an async generator for an
 * async iterable (a stream of rows). The text is the same as `writeCsv`'s, with one difference
 * when `columns` is not given and `rows` is not an array: a stream cannot be read twice to
 * collect every key, so the columns are the keys of the first row, and a later row with another
 * key fails with a FormatError (rather than losing the value) saying to pass `columns`.
 *
 * @example
 * [...csvChunks([{ id: 1 }, { id: 2 }])].join(''); // 'id\r\n1\r\n2\r\n'
 * for await (const text of csvChunks(rowStream, { columns: ['id', 'email'] })) output.write(text);
 */
export function csvChunks(rows: Iterable<Row>, options?: CsvWriteOptions): Generator<string>;
export function csvChunks(rows: AsyncIterable<Row>, options?: CsvWriteOptions): AsyncGenerator<string>;
export function csvChunks(rows: Iterable<Row> | AsyncIterable<Row>, options?: CsvWriteOptions): Generator<string> | AsyncGenerator<string>;
export function csvChunks(
	rows: Iterable<Row> | AsyncIterable<Row>,
	options: CsvWriteOptions = {},
): Generator<string> | AsyncGenerator<string> {
	const columns = options.columns ?? (Array.isArray(rows) ? columnsOf(rows as Row[]) : undefined);
	const writer = new CsvPieceWriter(options, columns);
	return Symbol.iterator in rows ? syncPieces(rows as Iterable<Row>, writer) : asyncPieces(rows as AsyncIterable<Row>, writer);
}

function* syncPieces(rows: Iterable<Row>, writer: CsvPieceWriter): Generator<string> {
	for (const row of rows) {
		const piece = writer.add(row);
		if (piece) yield piece;
	}
	const rest = writer.end();
	if (rest) yield rest;
}

async function* asyncPieces(rows: AsyncIterable<Row>, writer: CsvPieceWriter): AsyncGenerator<string> {
	for await (const row of rows) {
		const piece = writer.add(row);
		if (piece) yield piece;
	}
	const rest = writer.end();
	if (rest) yield rest;
}
