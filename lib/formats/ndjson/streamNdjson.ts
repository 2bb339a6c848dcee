import { FormatError } from '../../core/formatError';
import type { InputLimits } from '../../core/limits';
import { resolveLimits } from '../../core/limits';
import type { Row } from '../../core/record';
import { jsonSyntaxError } from '../json/jsonSyntaxError';
import { toRecord } from '../json/toRecord';
import { textChunks, type TextInput } from '../text/textChunks';
import type { DecodeOptions } from '../text/types';

export interface NdjsonParseOptions {
	encoding?: DecodeOptions['encoding'];
	invalidEncoding?: DecodeOptions['invalid'];
	limits?: Partial<InputLimits>;
}

/** Called with each record and its 1-based line; may return a promise to slow the reading down. */
export type NdjsonRecordHandler = (row: Row, line: number) => void | Promise<void>;

/**
 * Reads NDJSON (JSON Lines) text, bytes or a stream, one record per line, handing each to
 * `onRow` as soon as its line is complete, so memory stays near the records produced. Blank
 * lines are skipped; a line that is not an object becomes `{ value }`. A bad line fails with
 * its line number; a line longer than `maxLineBytes` fails as soon as the limit is passed,
 * without waiting for its end.
 *
 * @example
 * await streamNdjson('{"a":1}\n{"a":2}\n', {}, (row) => rows.push(row)); // { records: 2 }
 */
export async function streamNdjson(
	input: TextInput,
	options: NdjsonParseOptions,
	onRow: NdjsonRecordHandler,
): Promise<{ records: number }> {
	const limits = resolveLimits(options.limits);
	let pending = '';
	let line = 1;
	let records = 0;

	const take = async (text: string) => {
		if (text.trim() === '') return;
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch (error) {
			throw jsonSyntaxError(error as Error, text, line);
		}
		if (++records > limits.maxRecords) {
			throw new FormatError(`More records than the limit of ${limits.maxRecords} (maxRecords)`, { line });
		}
		await onRow(toRecord(value), line);
	};

	const chunks = textChunks(input, {
		encoding: options.encoding,
		invalid: options.invalidEncoding,
		maxInputBytes: limits.maxInputBytes,
	});
	for await (const chunk of chunks) {
		let start = 0;
		for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
			const text = pending + chunk.slice(start, end);
			pending = '';
			checkLength(text, limits.maxLineBytes, line);
			await take(text);
			line++;
			start = end + 1;
		}
		pending += chunk.slice(start);
		checkLength(pending, limits.maxLineBytes, line);
	}
	await take(pending);
	return { records };
}

function checkLength(text: string, maxLineBytes: number, line: number): void {
	// Characters, not bytes: a cheap bound that is exact for ASCII and never lets a line grow
	// past three times the limit in bytes.
	if (text.length > maxLineBytes) {
		throw new FormatError(`The line is longer than the limit of ${maxLineBytes} bytes (maxLineBytes)`, { line });
	}
}
