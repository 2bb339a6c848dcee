import { unzipSync } from 'fflate';
import { FormatError } from '../../core/formatError';
import type { Row } from '../../core/record';
import { listSheets } from './listSheets';
import { readXlsx } from './readXlsx';
import { writeXlsx } from './writeXlsx';

function sheetXml(bytes: Uint8Array): string {
	return new TextDecoder().decode(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
}

describe('writeXlsx', () => {
	test('writes a ZIP with a header row and typed cells that read back', async () => {
		const rows = [
			{ company: 'Acme', employees: 120, active: true },
			{ company: 'Globex', employees: 45.5, active: false },
		];
		const bytes = await writeXlsx(rows, { sheetName: 'Accounts' });
		expect(bytes).toBeInstanceOf(Uint8Array);
		expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
		expect(listSheets(bytes)).toEqual(['Accounts']);
		expect(await readXlsx(bytes)).toEqual(rows);
		// Numbers and booleans are typed cells, not text.
		expect(sheetXml(bytes)).toMatch(/<c r="B2"[^>]*><v>120<\/v><\/c>/);
		expect(sheetXml(bytes)).toMatch(/<c r="C2"[^>]*t="b"[^>]*><v>1<\/v><\/c>/);
	});

	test('names the sheet Sheet1 by default', async () => {
		expect(listSheets(await writeXlsx([{ a: 1 }]))).toEqual(['Sheet1']);
	});

	test('takes the columns from every row, in first-seen order; missing fields are empty', async () => {
		const bytes = await writeXlsx([{ b: 1 }, { a: 'x', b: 2 }, { c: true }]);
		expect(await readXlsx(bytes)).toEqual([
			{ b: 1, a: null, c: null },
			{ b: 2, a: 'x', c: null },
			{ b: null, a: null, c: true },
		]);
	});

	test('writes only and in the order of the given columns', async () => {
		const bytes = await writeXlsx([{ a: 1, b: 2, c: 3 }], { columns: ['c', 'a', 'missing'] });
		const [record] = await readXlsx(bytes);
		expect(Object.keys(record)).toEqual(['c', 'a', 'missing']);
		expect(record).toEqual({ c: 3, a: 1, missing: null });
	});

	test('writes dates as date cells that read back as ISO 8601 text, to the millisecond', async () => {
		const bytes = await writeXlsx([{ due: new Date('2024-01-31T12:34:56.789Z'), day: new Date('1999-12-31T00:00:00Z') }]);
		expect(await readXlsx(bytes)).toEqual([{ due: '2024-01-31T12:34:56.789Z', day: '1999-12-31T00:00:00.000Z' }]);
	});

	test('writes objects and arrays as JSON text and keeps strings that look like numbers or formulas as text', async () => {
		const bytes = await writeXlsx([{ tags: ['a', 'b'], address: { city: 'Paris' }, zip: '007', formula: '=1+1' }]);
		expect(await readXlsx(bytes)).toEqual([{ tags: '["a","b"]', address: '{"city":"Paris"}', zip: '007', formula: '=1+1' }]);
		expect(sheetXml(bytes)).not.toMatch(/<f>/);
	});

	test('keeps control characters, CR and _xHHHH_ look-alikes in text', async () => {
		const rows = [{ text: 'a\u0001b\r\nc _x0041_ \uFFFE' }];
		expect(await readXlsx(await writeXlsx(rows))).toEqual(rows);
	});

	test('writes prototype-named columns and reads them back as own keys', async () => {
		const row = JSON.parse('{"__proto__": "p", "constructor": "c", "toString": 1}') as Row;
		const [back] = await readXlsx(await writeXlsx([row]));
		expect(Object.keys(back)).toEqual(['__proto__', 'constructor', 'toString']);
		expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toBe('p');
		expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
	});

	test('does not read a column from the prototype of a row that lacks it', async () => {
		const bytes = await writeXlsx([{ constructor: 'c' }, { other: 1 }]);
		expect((await readXlsx(bytes))[1]).toEqual({ constructor: null, other: 1 });
	});

	test('writes an empty sheet for no rows, and a header alone when columns are given', async () => {
		expect(await readXlsx(await writeXlsx([]))).toEqual([]);
		const header = await writeXlsx([], { columns: ['a', 'b'] });
		expect(await readXlsx(header)).toEqual([]);
		expect(sheetXml(header)).toMatch(/<row r="1"/);
	});

	test('refuses an invalid sheet name, an invalid date and text too long for a cell', async () => {
		await expect(writeXlsx([{ a: 1 }], { sheetName: 'a/b' })).rejects.toThrow(FormatError);
		await expect(writeXlsx([{ a: 1 }], { sheetName: 'a/b' })).rejects.toThrow(/illegal characters.*\(sheet "a\/b"\)/);
		await expect(writeXlsx([{ a: 1 }, { a: new Date('nope') }])).rejects.toThrow('Invalid date (sheet "Sheet1", row 3, field "a")');
		await expect(writeXlsx([{ a: 'x'.repeat(40_000) }])).rejects.toThrow(FormatError);
	});
});
