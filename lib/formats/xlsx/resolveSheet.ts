import { FormatError } from '../../core/formatError';

/** A sheet of a workbook: its 1-based position and its name. */
export interface SheetRef {
	index: number;
	name: string;
}

/**
 * Finds the sheet `sheet` means among `names` (workbook order): a name, matched exactly or else
 * ignoring case (Excel does not allow two names that differ only in case), or a 1-based
 * position; the first sheet when it is left out. Anything else is a `FormatError` that lists
 * the sheets there are.
 *
 * @example
 * resolveSheet('accounts', ['Leads', 'Accounts']); // { index: 2, name: 'Accounts' }
 * resolveSheet(3, ['Leads', 'Accounts']);          // FormatError: There is no sheet 3: the workbook has 2 sheets: "Leads", "Accounts"
 */
export function resolveSheet(sheet: string | number | undefined, names: readonly string[]): SheetRef {
	if (names.length === 0) throw new FormatError('The workbook has no sheets');
	if (sheet === undefined) return { index: 1, name: names[0] };
	if (typeof sheet === 'number') {
		if (Number.isInteger(sheet) && sheet >= 1 && sheet <= names.length) return { index: sheet, name: names[sheet - 1] };
		throw new FormatError(`There is no sheet ${sheet}: the workbook has ${available(names)}`);
	}
	let at = names.indexOf(sheet);
	if (at === -1) at = names.findIndex((name) => name.toLowerCase() === sheet.toLowerCase());
	if (at === -1) throw new FormatError(`Sheet not found: the workbook has ${available(names)}`, { sheet });
	return { index: at + 1, name: names[at] };
}

function available(names: readonly string[]): string {
	return `${names.length} sheet${names.length === 1 ? '' : 's'}: ${names.map((n) => `"${n}"`).join(', ')}`;
}
