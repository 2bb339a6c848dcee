/**
 * One entry point per direction for every record format, so the Convert Format node (file and
 * text operations alike), scripts and other nodes read and write files the same way.
 */
import type { InputLimits } from '../core/limits';
import { resolveLimits } from '../core/limits';
import { FormatError } from '../core/formatError';
import type { Row } from '../core/record';
import { csvChunks, streamCsv, writeCsv } from './csv';
import { parseJsonRecords, writeJson } from './json';
import { ndjsonChunks, streamNdjson, writeNdjson } from './ndjson';
import { decodeText } from './text';
import { exceedsUtf8Bytes, inputTooLarge } from './text/inputTooLarge';
import { parseXmlRecords, writeXml } from './xml';
import { readXlsx, writeXlsx } from './xlsx';

export type RecordFormat = 'csv' | 'json' | 'ndjson' | 'xml' | 'xlsx';

/** A whole input (text or bytes) or its chunks as they arrive from a stream. */
export type RecordInput = string | Uint8Array | AsyncIterable<Uint8Array | string>;

export interface ReadOptions {
	encoding?: 'utf-8' | 'utf-16le' | 'latin1' | 'windows-1252';
	invalidEncoding?: 'fail' | 'replace';
	/** CSV: a character, or 'auto' to detect it. */
	delimiter?: string;
	/** CSV and XLSX: whether the first row names the fields. */
	headerRow?: boolean;
	skipEmptyLines?: boolean;
	/** JSON: dotted path of the record list. */
	path?: string;
	/** XML: path of the repeating element. */
	itemPath?: string;
	/** XML: element names that are always lists. */
	alwaysArray?: string[];
	/** XLSX: sheet name or 1-based position. */
	sheet?: string | number;
	limits?: Partial<InputLimits>;
}

export interface WriteOptions {
	delimiter?: string;
	header?: boolean;
	bom?: boolean;
	neutraliseFormulas?: boolean;
	columns?: string[];
	pretty?: boolean;
	rootElement?: string;
	itemElement?: string;
	sheetName?: string;
}

/** A written file: its bytes, or its text as chunks to stream, and how to name and type it. */
export interface WrittenFile {
	mimeType: string;
	extension: string;
	bytes?: Uint8Array;
	chunks?: AsyncIterable<string> | Iterable<string>;
}

/**
 * Reads every record of `input`. CSV and NDJSON are parsed as the chunks arrive; the others
 * need the whole document and collect it first, within `limits.maxInputBytes`.
 *
 * @example
 * await readRecords('csv', 'name;age\nAda;36\n', { delimiter: 'auto' }); // [{ name: 'Ada', age: '36' }]
 */
export async function readRecords(format: RecordFormat, input: RecordInput, options: ReadOptions = {}): Promise<Row[]> {
	const rows: Row[] = [];
	const push = (row: Row) => {
		rows.push(row);
	};
	switch (format) {
		case 'csv':
			await streamCsv(input, options, push);
			return rows;
		case 'ndjson':
			await streamNdjson(input, options, push);
			return rows;
		case 'json':
			return parseJsonRecords(await wholeText(input, options), { path: options.path, limits: options.limits });
		case 'xml':
			return parseXmlRecords(await wholeText(input, options), {
				itemPath: options.itemPath,
				alwaysArray: options.alwaysArray,
				limits: options.limits,
			});
		case 'xlsx':
			return await readXlsx(await wholeBytes(input, options.limits), {
				sheet: options.sheet,
				headerRow: options.headerRow,
				limits: options.limits,
			});
		default:
			throw new FormatError(`Unknown format "${String(format)}"`);
	}
}

const FILE_TYPES: Record<RecordFormat, { mimeType: string; extension: string }> = {
	csv: { mimeType: 'text/csv', extension: 'csv' },
	json: { mimeType: 'application/json', extension: 'json' },
	ndjson: { mimeType: 'application/x-ndjson', extension: 'ndjson' },
	xml: { mimeType: 'application/xml', extension: 'xml' },
	xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
};

const TSV = { mimeType: 'text/tab-separated-values', extension: 'tsv' };

/**
 * Writes `rows` as a file of `format`. CSV and NDJSON come back as chunks to stream; a CSV with
 * a tab delimiter is named and typed as TSV.
 *
 * @example
 * const file = await writeRecords('csv', [{ a: 1 }]); // file.chunks yields the CSV text in pieces
 */
export async function writeRecords(format: RecordFormat, rows: Row[], options: WriteOptions = {}): Promise<WrittenFile> {
	const type = format === 'csv' && options.delimiter === '\t' ? TSV : FILE_TYPES[format];
	switch (format) {
		case 'csv':
			return { ...type, chunks: csvChunks(rows, options) };
		case 'ndjson':
			return { ...type, chunks: ndjsonChunks(rows) };
		case 'xlsx':
			return { ...type, bytes: await writeXlsx(rows, { sheetName: options.sheetName, columns: options.columns }) };
		default:
			return { ...type, bytes: new TextEncoder().encode(writeRecordsToText(format, rows, options)) };
	}
}

/**
 * Writes `rows` as the text of a text format (all but XLSX), e.g. into a field of an item.
 *
 * @example
 * writeRecordsToText('json', [{ a: 1 }]); // '[{"a":1}]'
 */
export function writeRecordsToText(format: RecordFormat, rows: Row[], options: WriteOptions = {}): string {
	switch (format) {
		case 'csv':
			return writeCsv(rows, options);
		case 'ndjson':
			return writeNdjson(rows);
		case 'json':
			return writeJson(rows, { pretty: options.pretty });
		case 'xml':
			return writeXml(rows, { rootElement: options.rootElement, itemElement: options.itemElement, pretty: options.pretty });
		default:
			throw new FormatError(`${String(format).toUpperCase()} cannot be written as text`);
	}
}

/** Collects a streamed or whole input into bytes, refusing more than `maxInputBytes`. */
export async function wholeBytes(input: RecordInput, limits?: Partial<InputLimits>): Promise<Uint8Array> {
	const { maxInputBytes } = resolveLimits(limits);
	if (typeof input === 'string') {
		if (exceedsUtf8Bytes(input, maxInputBytes)) throw inputTooLarge(maxInputBytes);
		return Buffer.from(input, 'utf8');
	}
	if (input instanceof Uint8Array) {
		if (input.length > maxInputBytes) throw inputTooLarge(maxInputBytes);
		return input;
	}
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of input) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
		size += bytes.length;
		if (size > maxInputBytes) throw inputTooLarge(maxInputBytes);
		chunks.push(bytes);
	}
	return Buffer.concat(chunks, size);
}

/** The whole input as text: bytes decoded in the chosen encoding, a byte order mark dropped. */
async function wholeText(input: RecordInput, options: ReadOptions): Promise<string> {
	if (typeof input === 'string') {
		const { maxInputBytes } = resolveLimits(options.limits);
		if (exceedsUtf8Bytes(input, maxInputBytes)) throw inputTooLarge(maxInputBytes);
		return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	}
	const bytes = await wholeBytes(input, options.limits);
	return decodeText(bytes, { encoding: options.encoding, invalid: options.invalidEncoding });
}
