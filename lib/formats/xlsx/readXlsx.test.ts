import { strToU8, unzipSync, zipSync } from 'fflate';
import { FormatError } from '../../core/formatError';
import { readXlsx } from './readXlsx';
import { writeXlsx } from './writeXlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal hand-made XLSX, as other programs write them: inline strings, styles, formulas. */
function handMadeXlsx(sheets: Record<string, string>, extraParts: Record<string, string> = {}, workbookPr = ''): Uint8Array {
	const names = Object.keys(sheets);
	const parts: Record<string, string> = {
		'[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
		'_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets>${names
			.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
			.join('')}</sheets></workbook>`,
		'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
			.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
			.join('')}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
		'xl/styles.xml': `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
		...extraParts,
	};
	names.forEach((name, i) => {
		parts[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${sheets[name]}</sheetData></worksheet>`;
	});
	return zipSync(Object.fromEntries(Object.entries(parts).map(([path, text]) => [path, strToU8(text)])));
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;

const CONTACTS =
	`<row r="1">${inline('A1', 'name')}${inline('B1', 'joined')}${inline('C1', 'total')}${inline('D1', 'check')}${inline('E1', 'vip')}</row>` +
	`<row r="2">${inline('A2', ' Ada ')}<c r="B2" s="1"><v>45322</v></c><c r="C2"><f>SUM(1,2)</f><v>3</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2" t="b"><v>1</v></c></row>` +
	`<row r="4">${inline('A4', 'Grace')}<c r="C4"><v>-1.25E-3</v></c></row>`;

async function errorOf(promise: Promise<unknown>): Promise<FormatError> {
	const error = await promise.then(
		() => undefined,
		(reason: unknown) => reason,
	);
	expect(error).toBeInstanceOf(FormatError);
	return error as FormatError;
}

describe('readXlsx', () => {
	test('reads a hand-made workbook: inline strings kept exactly, dates as ISO, formula results, errors as null', async () => {
		expect(await readXlsx(handMadeXlsx({ Contacts: CONTACTS }))).toEqual([
			{ name: ' Ada ', joined: '2024-01-31T00:00:00.000Z', total: 3, check: null, vip: true },
			{ name: 'Grace', joined: null, total: -0.00125, check: null, vip: null },
		]);
	});

	test('reads date-times as Excel stores them to the exact millisecond (read-excel-file alone rounds some down)', async () => {
		const serialAt = (second: number) => Number((45322 + second / 86400).toPrecision(17));
		const seconds = Array.from({ length: 86400 }, (_, s) => s)
			.filter((s) => Math.floor((serialAt(s) - 25569) * 86400000) % 1000 === 999)
			.slice(0, 20);
		expect(seconds.length).toBe(20);
		const rows = seconds.map((s, i) => `<row r="${i + 2}"><c r="A${i + 2}" s="1"><v>${serialAt(s)}</v></c></row>`).join('');
		const records = await readXlsx(handMadeXlsx({ S: `<row r="1">${inline('A1', 'at')}</row>${rows}` }));
		expect(records.map((r) => r.at)).toEqual(seconds.map((s) => new Date(Date.UTC(2024, 0, 31) + s * 1000).toISOString()));
	});

	test('reads dates of the 1904 date system', async () => {
		const sheet = `<row r="1">${inline('A1', 'day')}${inline('B1', 'at')}</row><row r="2"><c r="A2" s="1"><v>43860</v></c><c r="B2" s="1"><v>43860.25</v></c></row>`;
		expect(await readXlsx(handMadeXlsx({ S: sheet }, {}, '<workbookPr date1904="1"/>'))).toEqual([
			{ day: '2024-01-31T00:00:00.000Z', at: '2024-01-31T06:00:00.000Z' },
		]);
	});

	test('reads the sheet asked for, by name (any case) or 1-based position; the first by default', async () => {
		const bytes = handMadeXlsx({ Leads: `<row r="1">${inline('A1', 'lead')}</row><row r="2">${inline('A2', 'L1')}</row>`, Contacts: CONTACTS });
		expect(await readXlsx(bytes)).toEqual([{ lead: 'L1' }]);
		expect((await readXlsx(bytes, { sheet: 2 }))[0].name).toBe(' Ada ');
		expect((await readXlsx(bytes, { sheet: 'contacts' }))[0].name).toBe(' Ada ');
	});

	test('refuses an unknown sheet, naming it and the sheets there are', async () => {
		const bytes = handMadeXlsx({ Leads: '', Contacts: CONTACTS });
		const byName = await errorOf(readXlsx(bytes, { sheet: 'Deals' }));
		expect(byName.message).toBe('Sheet not found: the workbook has 2 sheets: "Leads", "Contacts" (sheet "Deals")');
		expect(byName.location.sheet).toBe('Deals');
		expect((await errorOf(readXlsx(bytes, { sheet: 3 }))).message).toMatch(/^There is no sheet 3: the workbook has 2 sheets/);
	});

	test('without a header row, names the fields column_1..n', async () => {
		const bytes = handMadeXlsx({ S: `<row r="1">${inline('A1', 'a')}<c r="C1"><v>1</v></c></row>` });
		expect(await readXlsx(bytes, { headerRow: false })).toEqual([{ column_1: 'a', column_2: null, column_3: 1 }]);
	});

	test('refuses input that is not an XLSX file', async () => {
		expect((await errorOf(readXlsx(strToU8('name,age\nAda,36\n')))).message).toMatch(/not a ZIP/);
		expect((await errorOf(readXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])))).message).toMatch(/legacy Excel/);
		expect((await errorOf(readXlsx(zipSync({ 'word/document.xml': strToU8('<w/>') })))).message).toBe('Not an XLSX file: the archive has no xl/workbook.xml');
	});

	test('refuses a damaged sheet with a FormatError naming the sheet', async () => {
		const bytes = handMadeXlsx({ Broken: '<row r="1"><c r="A1" t="s"><v>7</v></c></row>' });
		const error = await errorOf(readXlsx(bytes));
		expect(error.message).toMatch(/damaged/);
		expect(error.location.sheet).toBe('Broken');
	});

	test('refuses a part that declares entities, though the XLSX reader would not expand them', async () => {
		const bytes = handMadeXlsx({ S: '' }, {});
		const parts = unzipSync(bytes);
		parts['xl/worksheets/sheet1.xml'] = strToU8(`<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "boom">]><worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
		const error = await errorOf(readXlsx(zipSync(parts)));
		expect(error.message).toMatch(/entity declarations.*, in xl\/worksheets\/sheet1\.xml/);
	});

	test('refuses input over maxInputBytes', async () => {
		const bytes = await writeXlsx([{ a: 1 }]);
		await expect(readXlsx(bytes, { limits: { maxInputBytes: bytes.length - 1 } })).rejects.toThrow(/larger than the limit/);
		await expect(readXlsx(bytes, { limits: { maxInputBytes: bytes.length * 20 } })).resolves.toEqual([{ a: 1 }]);
	});

	test('refuses a zip bomb: a small file whose sheet unpacks past maxInputBytes', async () => {
		const rows = `<row r="1">${inline('A1', 'a')}</row>` + '<row r="2"><c r="A2"><v>1</v></c></row>'.padEnd(20_000_000, ' ');
		const bytes = zipSync(Object.fromEntries(Object.entries(unzipSync(handMadeXlsx({ S: rows }))).map(([p, d]) => [p, [d, { level: 9 }]])));
		expect(bytes.length).toBeLessThan(200_000);
		const error = await errorOf(readXlsx(bytes, { limits: { maxInputBytes: 5_000_000 } }));
		expect(error.message).toBe('This XLSX file unpacks to more than the limit of 5000000 bytes');
	});

	test('refuses more data rows than maxRecords, naming sheet and row', async () => {
		const bytes = await writeXlsx(Array.from({ length: 50 }, (_, i) => ({ n: i })), { sheetName: 'Big' });
		await expect(readXlsx(bytes, { limits: { maxRecords: 10 } })).rejects.toThrow('More than the limit of 10 records (sheet "Big", row 12)');
		await expect(readXlsx(bytes, { limits: { maxRecords: 50 } })).resolves.toHaveLength(50);
	});

	test('refuses cell text over maxLineBytes', async () => {
		const bytes = await writeXlsx([{ note: 'x'.repeat(1000) }]);
		await expect(readXlsx(bytes, { limits: { maxLineBytes: 100 } })).rejects.toThrow('(sheet "Sheet1", row 2, field "note")');
	});
});
