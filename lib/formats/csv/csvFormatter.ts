import { isPrototypeKey } from '../../core/record';
import { isFormulaLike } from './neutraliseFormula';
import type { CsvWriteOptions } from './options';

/**
 * Turns rows into CSV lines for a fixed list of columns: the one implementation behind
 * `writeCsv` and `csvChunks`.
 *
 * - `null` and `undefined` are empty; numbers, booleans and bigints are written with `String`;
 *   a Date as its ISO text (an invalid one as empty); other objects and arrays as JSON.
 * - A field is quoted when it holds the delimiter, any other usual delimiter (`,` `;` tab `|`),
 *   a quote, a line break, starts or ends with a space, or starts with a byte order mark;
 *   quotes inside are doubled.
 * - With `neutraliseFormulas` (default), text values (and column names) that a spreadsheet could
 *   run as a formula get a leading `'`.
 * - A one-column row whose field is empty is written `""` rather than as a blank line, which
 *   most readers skip (`parseCsv` keeps it with `skipEmptyLines: false`).
 *
 * Hand-written, not `Papa.unparse`: it is the hot path of writing. Whether a field needs quotes
 * is one precompiled regular expression, which measured several times faster than a
 * `charCodeAt` loop on the strings n8n items hold (often concatenated, "cons", strings).
 *
 * @example
 * const csv = new CsvFormatter(['id', 'note']);
 * csv.header(); // 'id,note\r\n'
 * csv.line({ id: 1, note: 'say "hi", =cmd' }); // '1,"say ""hi"", =cmd"\r\n'
 * csv.line({ id: 2, note: '=cmd' }); // "2,'=cmd\r\n"
 */
export class CsvFormatter {
	readonly columns: readonly string[];
	/** Columns read as own keys only: a row without `__proto__` would otherwise give Object.prototype. */
	private readonly ownOnly: boolean[];
	private readonly delimiter: string;
	private readonly needsQuotes: RegExp;
	private readonly lineEnding: string;
	private readonly neutralise: boolean;

	constructor(columns: readonly string[], options: CsvWriteOptions = {}) {
		this.columns = columns;
		this.ownOnly = columns.map(isPrototypeKey);
		this.delimiter = options.delimiter ?? ',';
		if (this.delimiter === '' || /["\r\n]/.test(this.delimiter)) {
			throw new RangeError(`The CSV delimiter cannot be ${JSON.stringify(this.delimiter)}: it must be non-empty, without quotes or line breaks`);
		}
		// Quote, line breaks or the delimiter anywhere; space or tab at either end (readers that
		// trim would change the value); U+FEFF first (at the start of a file a reader would take
		// it for a byte order mark and drop it).
		const delimiter = this.delimiter.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
		// Any of the delimiters a reader might guess (, ; tab |) is quoted too, not only ours: a
		// header-only or one-row file then still has its delimiter detected unambiguously.
		this.needsQuotes = new RegExp(`["\\r\\n,;|\\t]|${delimiter}|^[ \\uFEFF]| $`);
		this.lineEnding = options.lineEnding ?? '\r\n';
		this.neutralise = options.neutraliseFormulas ?? true;
	}

	/** The header line: the column names, line ending included. */
	header(): string {
		return this.join(this.columns.map((name) => this.text(name)));
	}

	/** One row as a line, line ending included. Keys not among the columns are ignored. */
	line(row: Readonly<Record<string, unknown>>): string {
		const columns = this.columns;
		let line = '';
		for (let i = 0; i < columns.length; i++) {
			if (i > 0) line += this.delimiter;
			const key = columns[i];
			line += this.field(this.ownOnly[i] && !Object.prototype.hasOwnProperty.call(row, key) ? undefined : row[key]);
		}
		return (columns.length === 1 && line === '' ? '""' : line) + this.lineEnding;
	}

	private join(fields: string[]): string {
		const line = fields.join(this.delimiter);
		return (fields.length === 1 && line === '' ? '""' : line) + this.lineEnding;
	}

	private field(value: unknown): string {
		if (typeof value === 'string') return this.text(value);
		if (value === null || value === undefined) return '';
		if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return this.quoted(String(value));
		if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
		if (typeof value === 'object') return this.quoted(JSON.stringify(value));
		return ''; // functions and symbols are not data
	}

	private text(value: string): string {
		return this.quoted(this.neutralise && isFormulaLike(value) ? `'${value}` : value);
	}

	private quoted(text: string): string {
		return this.needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	}
}
