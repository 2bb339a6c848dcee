import Papa from 'papaparse';
import { FormatError } from '../../core/formatError';
import { countLineBreaks } from '../text/countLineBreaks';
import { LineCounter } from '../text/lineCounter';
import { hasWideChar, narrowCopy, splitWideLines, type TextPiece } from '../text/wideLines';
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

const EMPTY_PIECE: TextPiece = { text: '', wide: false };

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
 * Lines holding a character above U+00FF are parsed apart from the others (see `push`): V8
 * stores a string two bytes per character when one of them is above U+00FF, and so every
 * field cut from it, and keeps a whole batch alive for any field sliced from it.
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
	/** Text being parsed: the partial, then fresh text taken from `queue`. */
	private buffer = '';
	/** Whether `buffer` holds a character above U+00FF (and is then stored two bytes per character). */
	private wide = false;
	/** Length of the start of `buffer` known to hold no complete record. */
	private partialLength = 0;
	/** Pushed text not in `buffer` yet, lines with characters above U+00FF apart (see `splitWideLines`). */
	private queue: TextPiece[] = [];
	private head = 0;
	/** Characters in `queue` from `head` on. */
	private queued = 0;
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

	/**
	 * Adds the next piece of text. With `narrow` (default), the lines holding a character above
	 * U+00FF are parsed apart and the rest copied to one-byte storage when `text` is two-byte
	 * (see `splitWideLines`), so their fields take one byte per character. That copy costs about
	 * a fifth of the parse time on a two-byte string; `narrow: false` skips it (the fields then
	 * share the storage of `text`), for a caller whose input already is a string in memory.
	 */
	push(text: string, narrow = true): void {
		if (!narrow) {
			if (text) this.queue.push({ text, wide: hasWideChar(text) });
			this.queued += text.length;
			return;
		}
		for (const piece of splitWideLines(text)) {
			this.queue.push(piece);
			this.queued += piece.text.length;
		}
	}

	/**
	 * Parses the next batch and returns its complete records (possibly none), or `undefined`
	 * when more text is needed, or, with `final` (no more text will come), when all is read.
	 * Throws a FormatError when a record passes `maxLineBytes`.
	 */
	next(final: boolean): string[][] | undefined {
		if (this.buffer.length === 0 && this.queued === 0) return undefined;
		if (!this.parser) {
			if (!final && this.buffer.length + this.queued < SAMPLE_SIZE) return undefined;
			this.start(this.sample());
		}
		const maxLine = this.options.maxLineBytes;
		// A record and its line break fit in maxLine + 2 characters; a parse over that many
		// that completes no record has found one over the limit.
		const cap = maxLine + (this.config.newline as string).length;
		// The partial is parsed again each time, so wait for fresh text in proportion to it.
		const step = Math.max(this.options.chunkSize, this.partialLength);
		const stopped = this.fill(step, cap);
		const rest = this.buffer.length;
		const ended = final && this.head === this.queue.length;
		// At the end, the last record (without line break) is first found as the partial of an
		// ordinary parse, so its length is checked like any other, then parsed on its own.
		const last = ended && this.partialLength === rest;
		if (!final && !stopped && rest - this.partialLength < step / 2 && rest < cap) return undefined;
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
		if (this.wide && !hasWideChar(this.buffer)) {
			// What is left of a wide batch: narrow again, lest it widen the next batch.
			this.buffer = this.buffer && narrowCopy(this.buffer);
			this.wide = false;
		}
		this.partialLength = last ? 0 : text.length - consumed;
		if (this.partialLength >= cap || (ended && end === rest && this.partialLength > maxLine)) {
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

	/**
	 * Moves queued pieces to `buffer` until it has half a step of fresh text or reaches `cap`.
	 * A wide piece and a narrow one are not joined, since the join would be stored two bytes
	 * per character, and so would every field cut from it: returns true when it stopped there,
	 * to parse what it has first. Unless the partial is longer than the fresh text: parsing it
	 * again for each piece could then cost quadratic time, so the pieces are joined.
	 */
	private fill(step: number, cap: number): boolean {
		const queue = this.queue;
		while (this.head < queue.length && this.buffer.length - this.partialLength < step / 2 && this.buffer.length < cap) {
			const piece = queue[this.head];
			const fresh = this.buffer.length - this.partialLength;
			if (piece.wide !== this.wide && fresh > 0 && fresh >= this.partialLength) return true;
			if (this.wide && !piece.wide && fresh === 0) {
				// A wide record not finished (a quoted line break): join it to the next line only,
				// not the whole piece. At least an eighth of the partial, to keep parsing linear.
				const newline = piece.text.indexOf('\n', this.partialLength >> 3);
				if (newline !== -1 && newline + 1 < piece.text.length) {
					const line = piece.text.slice(0, newline + 1);
					this.buffer += line;
					this.queued -= line.length;
					queue[this.head] = { text: piece.text.slice(newline + 1), wide: false };
					return true;
				}
			}
			this.buffer = this.buffer.length ? this.buffer + piece.text : piece.text;
			this.wide ||= piece.wide;
			this.queued -= piece.text.length;
			queue[this.head++] = EMPTY_PIECE;
			if (this.head === queue.length) {
				queue.length = 0;
				this.head = 0;
			}
		}
		return false;
	}

	/** The first SAMPLE_SIZE characters, from `buffer` and the queue. */
	private sample(): string {
		let sample = this.buffer;
		for (let i = this.head; i < this.queue.length && sample.length < SAMPLE_SIZE; i++) sample += this.queue[i].text;
		return sample.slice(0, SAMPLE_SIZE);
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
