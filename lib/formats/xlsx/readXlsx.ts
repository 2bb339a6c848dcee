import { zipSync, type Zippable } from 'fflate';
import { FormatError } from '../../core/formatError';
import { resolveLimits, type InputLimits } from '../../core/limits';
import type { Row } from '../../core/record';
import { refuseUnsafeDoctype } from '../xml/refuseUnsafeDoctype';
import type { SheetCell } from './cellToValue';
import { excelSerialToTime } from './excelSerialToTime';
import { WORKBOOK_PART } from './listSheets';
import { parseWorkbook } from './parseWorkbook';
import { resolveSheet } from './resolveSheet';
import { sheetRowsToRecords } from './sheetRowsToRecords';
import { unzipEntries } from './unzipEntries';
import { withoutDateFormats } from './withoutDateFormats';

export interface ReadXlsxOptions {
	/** Sheet name (exact, or ignoring case) or 1-based position. Default: the first sheet. */
	sheet?: string | number;
	/** Whether the first row names the fields. Default `true`; `false` names them `column_1`, `column_2`... */
	headerRow?: boolean;
	/**
	 * `maxInputBytes` bounds the file and also what its XML parts unpack to (a zip bomb stops
	 * there); `maxRecords` the data rows; `maxLineBytes` the text of one cell.
	 */
	limits?: Partial<InputLimits>;
}

/**
 * Reads the records of one sheet of an XLSX file, one per non-empty row (see
 * `sheetRowsToRecords`): numbers stay numbers, booleans booleans, text is kept exactly (not
 * trimmed), dates become ISO 8601 text in UTC to the millisecond (`2024-01-31T00:00:00.000Z`),
 * empty cells `null`.
 *
 * The archive is unpacked by `unzipEntries` within the limits, and only what it unpacked (the
 * XML parts, stored uncompressed) is handed to read-excel-file, so the library never inflates
 * anything we have not measured. Corrupt or non-XLSX input, XML parts with entity declarations,
 * an unknown sheet (the error lists the sheets there are) and a broken sheet are `FormatError`s.
 *
 * @example
 * await readXlsx(bytes, { sheet: 'Accounts' }); // [{ company: 'Acme', revenue: 1.5, active: true }]
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<Row[]> {
	const limits = resolveLimits(options.limits);
	if (bytes.length > limits.maxInputBytes) throw new FormatError(`XLSX input is larger than the limit of ${limits.maxInputBytes} bytes`);
	// The parts read-excel-file reads: it skips everything else too.
	const parts = unzipEntries(bytes, { maxUnpackedBytes: limits.maxInputBytes, include: (path) => path.endsWith('.xml') || path.endsWith('.xml.rels') });
	for (const [path, data] of parts) refuseEntities(path, data);
	const workbookPart = parts.get(WORKBOOK_PART);
	if (workbookPart === undefined) throw new FormatError(`Not an XLSX file: the archive has no ${WORKBOOK_PART}`);
	const workbook = parseWorkbook(new TextDecoder().decode(workbookPart));
	const { index, name } = resolveSheet(options.sheet, workbook.sheets);
	const cells = await readSheetCells(parts, index, name);
	return sheetRowsToRecords(await withExactDates(cells, parts, index, name, workbook.date1904), {
		headerRow: options.headerRow ?? true,
		sheet: name,
		maxRecords: limits.maxRecords,
		maxValueBytes: limits.maxLineBytes,
	});
}

// read-excel-file's XML reader expands no entities, but a part that declares them is hostile:
// refused here as in any XML we read. Parts almost never hold `<!`, so they are rarely decoded.
function refuseEntities(path: string, data: Uint8Array): void {
	if (Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf('<!') === -1) return;
	refuseUnsafeDoctype(new TextDecoder().decode(data), path);
}

// read-excel-file rounds a date's serial number down to the millisecond, so a time Excel stores
// as 12:30:00 can come out as 12:29:59.999. When some date has milliseconds, the sheet is read
// once more with the date formats taken out, which gives the serial numbers themselves, and
// those dates are converted again, rounding to the nearest millisecond. Date-only sheets (whole
// days are exact) are read once.
async function withExactDates(cells: SheetCell[][], parts: Map<string, Uint8Array>, index: number, name: string, date1904: boolean): Promise<SheetCell[][]> {
	if (!cells.some((row) => row.some((cell) => cell instanceof Date && cell.getUTCMilliseconds() !== 0))) return cells;
	const plain = new Map(parts);
	for (const [path, data] of parts) {
		if (/styles\.xml$/i.test(path)) plain.set(path, new TextEncoder().encode(withoutDateFormats(new TextDecoder().decode(data))));
	}
	const serials = await readSheetCells(plain, index, name);
	return cells.map((row, r) =>
		row.map((cell, c) => {
			const serial = serials[r]?.[c];
			return cell instanceof Date && typeof serial === 'number' ? new Date(excelSerialToTime(serial, date1904)) : cell;
		}),
	);
}

async function readSheetCells(parts: Map<string, Uint8Array>, index: number, name: string): Promise<SheetCell[][]> {
	const files: Zippable = Object.create(null);
	for (const [path, data] of parts) files[path] = data;
	const zip = zipSync(files, { level: 0 });
	// read-excel-file's types are ESM-only, which a CommonJS module cannot `import` statically.
	const { readSheet } = await import('read-excel-file/node');
	try {
		const data = await readSheet(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength), index, { trim: false });
		return data as unknown as SheetCell[][];
	} catch (error) {
		throw unreadableSheet(error, name);
	}
}

function unreadableSheet(error: unknown, sheet: string): FormatError {
	return new FormatError(`This XLSX file is damaged: the sheet cannot be read (${error instanceof Error ? error.message : String(error)})`, { sheet });
}
