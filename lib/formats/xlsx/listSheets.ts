import { FormatError } from '../../core/formatError';
import { resolveLimits, type InputLimits } from '../../core/limits';
import { parseWorkbook } from './parseWorkbook';
import { unzipEntries } from './unzipEntries';

export const WORKBOOK_PART = 'xl/workbook.xml';

/**
 * The names of the sheets of an XLSX file, in workbook order (hidden sheets included), so a
 * 1-based sheet number counts in this list. Only the workbook part is unpacked. Input that is
 * not an XLSX file, or over `maxInputBytes` (packed or unpacked), is a `FormatError`.
 *
 * @example
 * listSheets(bytes); // ['Leads', 'Accounts']
 */
export function listSheets(bytes: Uint8Array, options: { limits?: Partial<InputLimits> } = {}): string[] {
	const { maxInputBytes } = resolveLimits(options.limits);
	if (bytes.length > maxInputBytes) throw new FormatError(`XLSX input is larger than the limit of ${maxInputBytes} bytes`);
	const entries = unzipEntries(bytes, { maxUnpackedBytes: maxInputBytes, include: (path) => path === WORKBOOK_PART });
	const workbook = entries.get(WORKBOOK_PART);
	if (workbook === undefined) throw new FormatError(`Not an XLSX file: the archive has no ${WORKBOOK_PART}`);
	return parseWorkbook(new TextDecoder().decode(workbook)).sheets;
}
