import Papa from 'papaparse';
import { FormatError } from '../../core/formatError';
import { resolveLimits } from '../../core/limits';
import type { Row } from '../../core/record';
import { textChunks, type TextInput } from '../text/textChunks';
import { CsvRecordReader } from './csvRecordReader';
import { headerNames } from './headerNames';
import type { CsvParseOptions } from './options';
import { rowFactory } from './rowFactory';

/** Called with each row and its 1-based number; may return a promise to slow the reading down. */
export type CsvRowHandler = (row: Row, rowNumber: number) => void | Promise<void>;

export interface CsvStreamResult {
	/** Number of rows produced. */
	rows: number;
	/** The field names, in file order (`column_1` … without a header row; `[]` for empty input). */
	fields: string[];
}

const DEFAULT_CHUNK_SIZE = 1024 * 1024;

/**
 * Reads CSV text, bytes or a stream of chunks and hands each row to `onRow` as it is parsed,
 * so a caller can turn rows into items without holding the whole file. Values stay strings.
 *
 * - RFC 4180 quoting: delimiters, quotes (`""`) and line breaks inside quoted fields; CRLF, LF
 *   or CR line breaks (the first one outside quotes is used for the whole file).
 * - Header: byte order mark removed; empty names become `column_N`, repeated names get `_2`,
 *   `_3` …; `__proto__`, `constructor`, `prototype` become ordinary own fields.
 * - A row with fewer fields than the header gets `''` for the missing ones (spreadsheets drop
 *   trailing empty cells); a row with more fails, since a value would be lost. Without a header
 *   row, the first record sets the number of fields.
 * - With `skipEmptyLines` (default), a line with nothing on it is skipped; so is a line holding
 *   only `""` in a one-column file, which papaparse cannot tell apart.
 * - Every problem is a FormatError naming the line (of the file, quoted line breaks counted)
 *   and, for data rows, the row number: a malformed quote, a row with too many fields, a record
 *   over `maxLineBytes` (found after reading about that much, however long the line), more
 *   than `maxRecords` rows, an input over `maxInputBytes`, invalid bytes in the encoding.
 *
 * @example
 * const { rows, fields } = await streamCsv(stream, { delimiter: 'auto' }, (row, n) => items.push({ json: row }));
 * // fields: ['id', 'name'], rows: 2
 */
export async function streamCsv(input: TextInput, options: CsvParseOptions, onRow: CsvRowHandler): Promise<CsvStreamResult> {
	const quoteChar = options.quoteChar ?? '"';
	const delimiter = options.delimiter ?? 'auto';
	checkSyntaxOptions(delimiter, quoteChar);
	const limits = resolveLimits(options.limits);
	const headerRow = options.headerRow ?? true;
	const skipEmptyLines = options.skipEmptyLines ?? true;
	const reader = new CsvRecordReader({
		delimiter,
		quoteChar,
		maxLineBytes: limits.maxLineBytes,
		chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
	});

	// A string input is already in memory, stored as it is: parsing its fields apart from the
	// lines with characters above U+00FF would cost a fifth of the time, for the fields only.
	// Decoded bytes are decoded so already (see textChunks), which costs next to nothing; their
	// fields are copied apart from the decoded text, which nobody else keeps (see ownString).
	const narrow = typeof input !== 'string';
	let fields: string[] | undefined;
	let makeRow: ((record: readonly string[]) => Row) | undefined;
	let rows = 0;

	async function emit(final: boolean): Promise<void> {
		for (let records = reader.next(final); records; records = reader.next(final)) {
			const problem = reader.quoteProblem();
			const stop = problem ? problem.record : records.length;
			for (let i = 0; i < stop; i++) {
				const record = records[i];
				if (skipEmptyLines && record.length === 1 && record[0] === '') continue;
				if (!fields || !makeRow) {
					fields = headerRow ? headerNames(record, { trim: options.trimHeaders }) : record.map((_, j) => `column_${j + 1}`);
					makeRow = rowFactory(fields, narrow);
					if (headerRow) continue;
				}
				if (record.length > fields.length) {
					const than = headerRow ? 'the header has' : 'the first row has';
					throw new FormatError(`The row has ${record.length} fields, ${than} ${fields.length}`, {
						line: reader.lineOfRecord(i),
						row: rows + 1,
					});
				}
				if (rows === limits.maxRecords) {
					throw new FormatError(`The input has more than ${limits.maxRecords} records (maxRecords)`, {
						line: reader.lineOfRecord(i),
						row: rows + 1,
					});
				}
				rows++;
				const pending = onRow(makeRow(record), rows);
				if (pending) await pending;
			}
			if (problem) {
				const inHeader = headerRow && !fields;
				const row = inHeader ? undefined : rows + 1;
				throw new FormatError(problem.message, { line: problem.line, row });
			}
		}
	}

	const chunks = textChunks(input, {
		encoding: options.encoding,
		invalid: options.invalidEncoding,
		maxInputBytes: limits.maxInputBytes,
		chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
	});
	for await (const text of chunks) {
		reader.push(text, narrow);
		await emit(false);
	}
	await emit(true);
	return { rows, fields: fields ?? [] };
}

/** Delimiter and quote mistakes are the caller's, not the input's: a RangeError, not a FormatError. */
function checkSyntaxOptions(delimiter: string, quoteChar: string): void {
	if (quoteChar.length !== 1 || quoteChar === '\r' || quoteChar === '\n') {
		throw new RangeError(`The CSV quote character must be one character other than a line break, not ${JSON.stringify(quoteChar)}`);
	}
	if (delimiter === 'auto') return;
	if (delimiter === '' || delimiter.includes(quoteChar) || Papa.BAD_DELIMITERS.some((bad) => delimiter.includes(bad))) {
		throw new RangeError(`The CSV delimiter cannot be ${JSON.stringify(delimiter)}: it must be non-empty, without quotes or line breaks`);
	}
}
