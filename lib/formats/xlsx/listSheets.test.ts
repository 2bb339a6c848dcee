import { strToU8, zipSync } from 'fflate';
import { FormatError } from '../../core/formatError';
import { listSheets } from './listSheets';
import { writeXlsx } from './writeXlsx';

describe('listSheets', () => {
	test('lists the sheet names of a written file', async () => {
		expect(listSheets(await writeXlsx([{ a: 1 }], { sheetName: 'Q&A <2024>' }))).toEqual(['Q&A <2024>']);
	});

	test('lists several sheets in workbook order, unpacking only the workbook', () => {
		const bytes = zipSync({
			'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="Leads"/><sheet name="Accounts"/></sheets></workbook>'),
			'xl/worksheets/sheet1.xml': new Uint8Array(5_000_000),
		});
		expect(listSheets(bytes, { limits: { maxInputBytes: 1_000_000 } })).toEqual(['Leads', 'Accounts']);
	});

	test('refuses input that is not an XLSX file, or too large', async () => {
		expect(() => listSheets(strToU8('not a zip'))).toThrow(FormatError);
		expect(() => listSheets(zipSync({ 'a.xml': strToU8('<a/>') }))).toThrow('Not an XLSX file: the archive has no xl/workbook.xml');
		const bytes = await writeXlsx([{ a: 1 }]);
		expect(() => listSheets(bytes, { limits: { maxInputBytes: 100 } })).toThrow(/larger than the limit/);
	});
});
