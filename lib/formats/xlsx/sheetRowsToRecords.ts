import { FormatError } from '../../core/formatError';
import { setField, type Row } from '../../core/record';
import { cellToValue, type SheetCell } from './cellToValue';
import { uniqueHeaders } from './uniqueHeaders';

export interface SheetRecordsOptions {
	/** Whether the first row names the fields; otherwise they are `column_1`, `column_2`... */
	headerRow: boolean;
	/** Sheet name, for error messages. */
	sheet: string;
	maxRecords: number;
	/** Longest text accepted in a cell, in UTF-8 bytes. */
	maxValueBytes: number;
}

/**
 * Turns a sheet's rows of cells (row 1 first) into records. Every record has every column, an
 * empty cell being `null`, so the columns keep their order and a written-back file has the same
 * shape; rows with no value at all are skipped. Header names go through `uniqueHeaders` and are
 * set with `setField`, so a column named `__proto__` is a plain key. Errors name the sheet, the
 * sheet row and the field.
 *
 * @example
 * sheetRowsToRecords([['name', 'age'], ['Ada', 36], [null, null], ['Grace', null]], { headerRow: true, sheet: 'S', maxRecords: 10, maxValueBytes: 1e6 });
 * // [{ name: 'Ada', age: 36 }, { name: 'Grace', age: null }]
 */
export function sheetRowsToRecords(rows: ReadonlyArray<readonly SheetCell[]>, options: SheetRecordsOptions): Row[] {
	const { sheet } = options;
	const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
	const first = options.headerRow ? 1 : 0;
	const names = options.headerRow
		? uniqueHeaders(Array.from({ length: width }, (_, c) => headerText(rows[0]?.[c], { sheet, row: 1 })))
		: Array.from({ length: width }, (_, c) => `column_${c + 1}`);
	const records: Row[] = [];
	for (let r = first; r < rows.length; r++) {
		const cells = rows[r];
		if (cells.every((cell) => cell === null || cell === undefined || cell === '')) continue;
		if (records.length === options.maxRecords) throw new FormatError(`More than the limit of ${options.maxRecords} records`, { sheet, row: r + 1 });
		const record: Row = {};
		names.forEach((field, c) => {
			const where = { sheet, row: r + 1, field };
			const value = cellToValue(cells[c], where);
			if (typeof value === 'string') checkSize(value, options.maxValueBytes, where);
			setField(record, field, value);
		});
		records.push(record);
	}
	return records;
}

function headerText(cell: SheetCell, where: { sheet: string; row: number }): string | undefined {
	const value = cellToValue(cell, where);
	return value === null ? undefined : String(value);
}

function checkSize(value: string, maxBytes: number, where: { sheet: string; row: number; field: string }): void {
	if (value.length * 3 > maxBytes && Buffer.byteLength(value, 'utf8') > maxBytes) {
		throw new FormatError(`Cell text is longer than the limit of ${maxBytes} bytes`, where);
	}
}
