import { FormatError } from '../../core/formatError';
import { parseWorkbook } from './parseWorkbook';

const EXCEL_WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr defaultThemeVersion="124226"/><bookViews><workbookView/></bookViews>
<sheets><sheet name="Accounts" sheetId="1" r:id="rId1"/><sheet name="Q&amp;A 2024" sheetId="3" state="hidden" r:id="rId2"/><sheet name="a_x0009_b" sheetId="2" r:id="rId3"/></sheets>
</workbook>`;

describe('parseWorkbook', () => {
	test('lists the sheets in workbook order, hidden ones too, names decoded; 1900 dates', () => {
		expect(parseWorkbook(EXCEL_WORKBOOK)).toEqual({ sheets: ['Accounts', 'Q&A 2024', 'a\tb'], date1904: false });
	});

	test('reads a single sheet as a list, prefixed elements, and the 1904 date system', () => {
		expect(parseWorkbook('<x:workbook xmlns:x="urn:x"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Only"/></x:sheets></x:workbook>')).toEqual({
			sheets: ['Only'],
			date1904: true,
		});
		expect(parseWorkbook('<workbook><workbookPr date1904="true"/><sheets/></workbook>').date1904).toBe(true);
		expect(parseWorkbook('<workbook><workbookPr date1904="0"/><sheets/></workbook>').date1904).toBe(false);
	});

	test('gives no names for a workbook without sheets', () => {
		expect(parseWorkbook('<workbook><sheets/></workbook>').sheets).toEqual([]);
	});

	test('refuses entity declarations and damaged workbooks', () => {
		expect(() => parseWorkbook('<!DOCTYPE w [<!ENTITY e "x">]><workbook><sheets><sheet name="&e;"/></sheets></workbook>')).toThrow(/entity/);
		expect(() => parseWorkbook('<workbook><sheets><sheet/></sheets></workbook>')).toThrow(FormatError);
		expect(() => parseWorkbook('<workbook><__proto__/></workbook>')).not.toThrow();
	});
});
