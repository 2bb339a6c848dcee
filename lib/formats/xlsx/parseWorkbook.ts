import { FormatError } from '../../core/formatError';
import { createSafeXmlParser } from '../xml/createSafeXmlParser';
import { refuseUnsafeDoctype } from '../xml/refuseUnsafeDoctype';

/** What an XLSX workbook part says about the whole file. */
export interface WorkbookInfo {
	/** Sheet names in workbook order, the order a 1-based sheet number counts in. */
	sheets: string[];
	/** Whether date serial numbers count from 1904 (old Mac Excel) rather than 1900. */
	date1904: boolean;
}

/**
 * Reads an XLSX workbook part (`xl/workbook.xml`): its sheet names, hidden ones included, and
 * its date system. Namespace prefixes are ignored and `_xHHHH_` escapes in names decoded, as
 * read-excel-file does, so the names match the ones it finds.
 *
 * @example
 * parseWorkbook('<workbook><workbookPr date1904="1"/><sheets><sheet name="Q&amp;A"/></sheets></workbook>');
 * // { sheets: ['Q&A'], date1904: true }
 */
export function parseWorkbook(xml: string): WorkbookInfo {
	refuseUnsafeDoctype(xml);
	let parsed: unknown;
	try {
		parsed = createSafeXmlParser({ removeNSPrefix: true, isArray: (name) => name === 'sheet' }).parse(xml);
	} catch (error) {
		throw damaged(`its workbook cannot be read (${error instanceof Error ? error.message : String(error)})`);
	}
	const workbook = (parsed as { workbook?: { sheets?: { sheet?: unknown[] }; workbookPr?: { date1904?: unknown } } })?.workbook;
	const sheets = (workbook?.sheets?.sheet ?? []).map((sheet) => {
		const name = (sheet as { name?: unknown })?.name;
		if (typeof name !== 'string') throw damaged('a sheet in its workbook has no name');
		return name.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
	});
	const date1904 = workbook?.workbookPr?.date1904;
	return { sheets, date1904: date1904 === '1' || date1904 === 'true' };
}

function damaged(reason: string): FormatError {
	return new FormatError(`This XLSX file is damaged: ${reason}`);
}
