import Papa from 'papaparse';
import { FormatError } from '../../core/formatError';
import { countLineBreaks } from '../text/countLineBreaks';
import { LineCounter } from '../text/lineCounter';
import { detectDelimiter } from './detectDelimiter';
import { detectNewline } from './detectNewline';

export interface CsvRecordReaderOptions {
	/** A delimiter, or `'auto'` to detect it from the start of the input. */
	delimiter: string;
	quoteChar: string;
	/** Longest record accepted, in characters of its raw text (quotes and quoted line breaks included). */
	maxLineBytes: number;
	/** Characters handed to papaparse at a time. */
	chunkSize: number;
}

/** A quoting problem papaparse reported in the last batch. */
export interface CsvQuoteProblem {
	/** Index of the record in the batch. */
	record: number;
	/** 1-based line of the problem. */
	line: number;
	message: string;
}

interface PapaError {
	code: string;
	row: number;
	index: number;
}

/** Enough text to detect the delimiter and line break from. */
const SAMPLE_SIZE = 64 * 1024;

/**
 * Splits CSV text, pushed in pieces, into records (arrays of field strings) with papaparse's
 * low-level `Parser`, one batch at a time, and knows the line each record starts on.
 *
 * Memory stays near one batch: text is parsed `chunkSize` characters at a time, and the text of
 * an unfinished record (the "partial") is carried into the next parse. A record can only grow
 * to `maxLineBytes`: the text handed to the parser is capped there, so a 100 MB line fails
 * after about `maxLineBytes` characters were read, not after the whole line. The partial is
 * parsed again with each piece, so pieces grow with it to keep that linear.
 *
 * Line numbers are counted over each consumed piece (`indexOf`, cheap); the line of a record
 * inside a batch is only worked out when there is an error to report.
 *
 * @example
 * const reader = new CsvRecordReader({ delimiter: 'auto', quoteChar: '"', maxLineBytes: 1e6, chunkSize: 1 << 20 });
 * reader.push('a;b\n1;"x\ny"\n');
 * reader.next(true); // [['a', 'b'], ['1', 'x\ny']]
 * reader.lineOfRecord(1); // 2
 */
export class CsvRecordReader {
	private buffer = '';
	/** Length of the start of `buffer` known to hold no complete record. */
	private partialLength = 0;
	private parser: Papa.Parser | undefined;
	private config: Papa.ParseConfig = {};
	private readonly lines = new LineCounter();
	private batchText = '';
	private batchLine = 1;
	private batchFinal = false;
	private batchErrors: PapaError[] = [];

	constructor(private readonly options: CsvRecordReaderOptions) {}

	/** The delimiter in use, once the first batch was parsed. */
	get delimiter(): string | undefined {
		return this.config.delimiter as string | undefined;
	}

	/** Adds the next piece of text. */
	push(text: string): void {
		this.buffer = this.buffer.length ? this.buffer + text : text;
	}

	/**
	 * Parses the next batch and returns its complete records (possibly none), or `undefined`
	 * when more text is needed, or, with `final` (no more text will come), when all is read.
	 * Throws a FormatError when a record passes `maxLineBytes`.
	 */
	next(final: boolean): string[][] | undefined {
		if (this.buffer.length === 0) return undefined;
		if (!this.parser) {
			if (!final && this.buffer.length < SAMPLE_SIZE) return undefined;
			this.start(this.buffer.slice(0, SAMPLE_SIZE));
		}
		const maxLine = this.options.maxLineBytes;
		// A record and its line break fit in maxLine + 2 characters; a parse over that many
		// that completes no record has found one over the limit.
		const cap = maxLine + (this.config.newline as string).length;
		const rest = this.buffer.length;
		// At the end, the last record (without line break) is first found as the partial of an
		// ordinary parse, so its length is checked like any other, then parsed on its own.
		const last = final && this.partialLength === rest;
		// The partial is parsed again each time, so wait for fresh text in proportion to it.
		const step = Math.max(this.options.chunkSize, this.partialLength);
		if (!final && rest - this.partialLength < step / 2 && rest < cap) return undefined;
		const end = last ? rest : Math.min(rest, cap, this.partialLength + step);
		const text = end === rest ? this.buffer : this.buffer.slice(0, end);
		const result = (this.parser as Papa.Parser).parse(text, 0, !last) as Papa.ParseResult<string[]>;
		const records = result.data;
		const consumed = last ? text.length : result.meta.cursor;

		this.batchText = text;
		this.batchLine = this.lines.line;
		this.batchFinal = last;
		// Without `last`, papaparse also reports the unfinished record, which is parsed again later.
		this.batchErrors = (result.errors as PapaError[]).filter((e) => e.row < records.length);
		this.lines.add(text, consumed);
		this.buffer = consumed === rest ? '' : this.buffer.slice(consumed);
		this.partialLength = last ? 0 : text.length - consumed;
		if (this.partialLength >= cap || (final && end === rest && this.partialLength > maxLine)) {
			throw new FormatError(
				`A record is longer than the limit of ${maxLine} bytes (maxLineBytes); an unclosed quote can cause this`,
				{ line: this.lines.line },
			);
		}
		return records;
	}

	/** The first quoting problem of the last batch, if any. */
	quoteProblem(): CsvQuoteProblem | undefined {
		const error = this.batchErrors[0];
		if (!error) return undefined;
		return {
			record: error.row,
			line: this.batchLine + countLineBreaks(this.batchText, error.index),
			message: error.code === 'MissingQuotes' ? 'A quoted field is not closed' : 'A closing quote is followed by text',
		};
	}

	/** The 1-based line on which record `index` of the last batch starts. */
	lineOfRecord(index: number): number {
		return this.batchLine + countLineBreaks(this.batchText, this.recordStart(index));
	}

	private start(sample: string): void {
		const { quoteChar } = this.options;
		const delimiter = this.options.delimiter === 'auto' ? detectDelimiter(sample, quoteChar) : this.options.delimiter;
		this.config = { delimiter, newline: detectNewline(sample, quoteChar), quoteChar };
		this.parser = new Papa.Parser(this.config);
	}

	/** Offset of record `index` in the last batch: parse it again, counting records. Error path only. */
	private recordStart(index: number): number {
		let seen = 0;
		let start = 0;
		const parser: Papa.Parser = new Papa.Parser({
			...this.config,
			step: (result: Papa.ParseStepResult<string[]>) => {
				if (seen === index) return;
				start = result.meta.cursor;
				if (++seen === index) parser.abort();
			},
		});
		if (index > 0) parser.parse(this.batchText, 0, !this.batchFinal);
		return start;
	}
}
