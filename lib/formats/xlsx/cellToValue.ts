import { FormatError, type InputLocation } from '../../core/formatError';

/** A cell as read-excel-file gives it. */
export type SheetCell = string | number | boolean | Date | null | undefined;

/**
 * The JSON value of a cell: strings, numbers and booleans as they are, an empty cell `null`, and
 * a date (a number with a date format) its ISO 8601 text in UTC with milliseconds, always the
 * full form (`2024-01-31T00:00:00.000Z`, also for date-only cells), so every date looks the same.
 * A date outside what JavaScript can hold is refused with a `FormatError` at `where`.
 *
 * @example
 * cellToValue(new Date(Date.UTC(2024, 0, 31)), {}); // '2024-01-31T00:00:00.000Z'
 * cellToValue(undefined, {});                       // null
 */
export function cellToValue(cell: SheetCell, where: InputLocation): string | number | boolean | null {
	if (cell === null || cell === undefined) return null;
	if (cell instanceof Date) {
		if (Number.isNaN(cell.getTime())) throw new FormatError('Date out of range', where);
		return cell.toISOString();
	}
	return cell;
}
