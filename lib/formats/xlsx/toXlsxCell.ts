import { FormatError, type InputLocation } from '../../core/formatError';
import { escapeXlsxString } from './escapeXlsxString';

/** What write-excel-file takes as a cell. */
export type XlsxCell = string | number | boolean | Date | null;

/** The most characters Excel holds in one cell; a longer text would be cut or the file "repaired". */
export const MAX_CELL_CHARACTERS = 32_767;

/**
 * The cell to write for a field value, typed so it reads back as the same type:
 * - finite numbers, booleans and valid Dates as themselves (a Date reads back as ISO 8601 text);
 * - strings as text (`''` as an empty cell), escaped with `escapeXlsxString`;
 * - `NaN` / `Infinity` and bigints as their text, objects and arrays as JSON text;
 * - `null`, `undefined`, functions and symbols as an empty cell.
 * Text over Excel's 32,767 characters and invalid Dates are `FormatError`s at `where`.
 *
 * @example
 * toXlsxCell(1.5, {});        // 1.5
 * toXlsxCell({ a: 1 }, {});   // '{"a":1}'
 * toXlsxCell('', {});         // null
 */
export function toXlsxCell(value: unknown, where: InputLocation): XlsxCell {
	if (value === null || value === undefined || typeof value === 'function' || typeof value === 'symbol') return null;
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) throw new FormatError('Invalid date', where);
		return value;
	}
	const text = typeof value === 'string' ? value : typeof value === 'bigint' ? String(value) : JSON.stringify(value);
	if (text === '') return null;
	if (text.length > MAX_CELL_CHARACTERS) throw new FormatError(`Text longer than the ${MAX_CELL_CHARACTERS} characters an Excel cell holds`, where);
	return escapeXlsxString(text);
}
