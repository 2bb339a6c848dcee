import { FormatError } from '../../core/formatError';
import type { Row } from '../../core/record';
import { MAX_CELL_CHARACTERS, toXlsxCell, type XlsxCell } from './toXlsxCell';
import { escapeXlsxString } from './escapeXlsxString';

export interface WriteXlsxOptions {
	/** Default `'Sheet1'`. At most 31 characters, none of `[ ] \ / : * ?`. */
	sheetName?: string;
	/** Columns, in order; fields not listed are left out. Default: every field of every row, in first-seen order. */
	columns?: string[];
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * Writes rows as a one-sheet XLSX file: a header row of the column names, then one row per
 * record, each value typed as `toXlsxCell` says. Dates are shown as `yyyy-mm-dd hh:mm:ss` (the
 * milliseconds are kept in the value). Returns the file's bytes (a Node `Buffer`).
 *
 * Round trip with `readXlsx`: strings (any text, control characters and `_xHHHH_` look-alikes
 * included), finite numbers and booleans come back with their value and type, with these
 * exceptions: `''`, `null` and missing fields come back as `null` (and a row with no value at
 * all is skipped); `-0` comes back as `0`; Dates come back as ISO 8601 text; objects and arrays
 * as JSON text. Numbers keep all 17 significant digits here, though Excel itself shows 15 and
 * may round a number it saves again.
 *
 * @example
 * const bytes = await writeXlsx([{ company: 'Acme', revenue: 1.5 }], { sheetName: 'Accounts' });
 */
export async function writeXlsx(rows: Row[], options: WriteXlsxOptions = {}): Promise<Uint8Array> {
	const sheet = options.sheetName ?? 'Sheet1';
	const columns = options.columns ?? columnsOf(rows);
	if (columns.length > MAX_COLUMNS) throw new FormatError(`More than the ${MAX_COLUMNS} columns an Excel sheet holds`, { sheet });
	if (rows.length + 1 > MAX_ROWS) throw new FormatError(`More than the ${MAX_ROWS - 1} rows under a header an Excel sheet holds`, { sheet });
	const data: XlsxCell[][] = columns.length === 0 ? [] : [columns.map((column) => headerCell(column, sheet))];
	rows.forEach((row, i) => {
		data.push(columns.map((field) => toXlsxCell(Object.prototype.hasOwnProperty.call(row, field) ? row[field] : undefined, { sheet, row: i + 2, field })));
	});
	// write-excel-file's types are ESM-only, which a CommonJS module cannot `import` statically.
	const { default: writeXlsxFile } = await import('write-excel-file/node');
	try {
		return await writeXlsxFile(data, { sheet, dateFormat: 'yyyy-mm-dd hh:mm:ss' }).toBuffer();
	} catch (error) {
		throw unwritable(error, sheet);
	}
}

function unwritable(error: unknown, sheet: string): FormatError {
	return new FormatError(`Cannot write the XLSX file: ${error instanceof Error ? error.message : String(error)}`, { sheet });
}

function columnsOf(rows: Row[]): string[] {
	const seen = new Set<string>();
	for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
	return [...seen];
}

function headerCell(column: string, sheet: string): string | null {
	if (column.length > MAX_CELL_CHARACTERS) throw new FormatError(`Column name longer than the ${MAX_CELL_CHARACTERS} characters an Excel cell holds`, { sheet, row: 1 });
	return column === '' ? null : escapeXlsxString(column);
}
