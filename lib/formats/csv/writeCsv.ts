import type { Row } from '../../core/record';
import { columnsOf } from './columnsOf';
import { CsvPieceWriter } from './csvPieceWriter';
import type { CsvWriteOptions } from './options';

/**
 * Writes rows as CSV text (RFC 4180: CRLF line endings and quoting by default). The columns are
 * `options.columns`, or every key of every row in first-seen order; a row without a column's
 * key gets an empty field. Formula-like text is neutralised unless `neutraliseFormulas: false`.
 * See `CsvFormatter` for how values are written; `csvChunks` gives the same text in pieces.
 *
 * @example
 * writeCsv([{ id: 1, name: 'Doe, Jane' }, { id: 2, email: '=cmd' }]);
 * // 'id,name,email\r\n1,"Doe, Jane",\r\n2,,\'=cmd\r\n'
 */
export function writeCsv(rows: Iterable<Row>, options: CsvWriteOptions = {}): string {
	const list = Array.isArray(rows) ? (rows as Row[]) : [...rows];
	const writer = new CsvPieceWriter(options, options.columns ?? columnsOf(list));
	const pieces: string[] = [];
	for (const row of list) {
		const piece = writer.add(row);
		if (piece) pieces.push(piece);
	}
	pieces.push(writer.end());
	return pieces.join('');
}
