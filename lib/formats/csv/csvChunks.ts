import { FormatError } from '../../core/formatError';
import type { Row } from '../../core/record';
import { columnsOf } from './columnsOf';
import { CsvFormatter } from './csvFormatter';
import type { CsvWriteOptions } from './options';

const PIECE_SIZE = 64 * 1024;

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
	const writer = new PieceWriter(options, columns);
	return Symbol.iterator in rows ? syncPieces(rows as Iterable<Row>, writer) : asyncPieces(rows as AsyncIterable<Row>, writer);
}

function* syncPieces(rows: Iterable<Row>, writer: PieceWriter): Generator<string> {
	for (const row of rows) {
		const piece = writer.add(row);
		if (piece) yield piece;
	}
	const rest = writer.end();
	if (rest) yield rest;
}

async function* asyncPieces(rows: AsyncIterable<Row>, writer: PieceWriter): AsyncGenerator<string> {
	for await (const row of rows) {
		const piece = writer.add(row);
		if (piece) yield piece;
	}
	const rest = writer.end();
	if (rest) yield rest;
}

/** Collects lines into pieces; takes the columns from the first row when none were given. */
class PieceWriter {
	private formatter: CsvFormatter | undefined;
	/** The columns taken from the first row, which every later row must keep to. */
	private firstRowKeys: Set<string> | undefined;
	private text: string;
	private count = 0;

	constructor(
		private readonly options: CsvWriteOptions,
		columns: string[] | undefined,
	) {
		this.text = options.bom ? '\uFEFF' : '';
		if (columns) this.start(columns);
	}

	/** Adds a row; returns a piece when one is full. */
	add(row: Row): string | undefined {
		this.count++;
		if (!this.formatter) {
			this.firstRowKeys = new Set(Object.keys(row));
			this.start([...this.firstRowKeys]);
		} else if (this.firstRowKeys) {
			for (const key of Object.keys(row)) {
				if (!this.firstRowKeys.has(key)) {
					throw new FormatError('The row has a field the first row has not; pass the columns to write rows with different fields', {
						row: this.count,
						field: key,
					});
				}
			}
		}
		const formatter = this.formatter as CsvFormatter;
		if (formatter.columns.length > 0) this.text += formatter.line(row);
		if (this.text.length < PIECE_SIZE) return undefined;
		const piece = this.text;
		this.text = '';
		return piece;
	}

	/** What is left after the last row. */
	end(): string {
		const rest = this.text;
		this.text = '';
		return rest;
	}

	private start(columns: string[]): void {
		this.formatter = new CsvFormatter(columns, this.options);
		if ((this.options.header ?? true) && columns.length > 0) this.text += this.formatter.header();
	}
}
