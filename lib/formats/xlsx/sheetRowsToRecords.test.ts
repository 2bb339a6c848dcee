import type { SheetCell } from './cellToValue';
import { sheetRowsToRecords, type SheetRecordsOptions } from './sheetRowsToRecords';

const OPTIONS: SheetRecordsOptions = { headerRow: true, sheet: 'Contacts', maxRecords: 1000, maxValueBytes: 1_000_000 };

describe('sheetRowsToRecords', () => {
	test('names fields from the header row and keeps cell types', () => {
		const rows: SheetCell[][] = [
			['name', 'employees', 'active', 'since'],
			['Acme', 120, true, new Date(Date.UTC(2020, 4, 1))],
		];
		expect(sheetRowsToRecords(rows, OPTIONS)).toEqual([{ name: 'Acme', employees: 120, active: true, since: '2020-05-01T00:00:00.000Z' }]);
	});

	test('gives every record every column, empty cells as null, and skips empty rows', () => {
		const rows: SheetCell[][] = [
			['a', 'b', 'c'],
			[null, 'x', null],
			[null, null, null],
			[],
			[1],
		];
		expect(sheetRowsToRecords(rows, OPTIONS)).toEqual([
			{ a: null, b: 'x', c: null },
			{ a: 1, b: null, c: null },
		]);
	});

	test('names blank, repeated and non-text headers', () => {
		const rows: SheetCell[][] = [
			['id', null, 'id', 2024, true],
			[1, 2, 3, 4, 5, 6],
		];
		expect(sheetRowsToRecords(rows, OPTIONS)).toEqual([{ id: 1, column_2: 2, id_2: 3, '2024': 4, true: 5, column_6: 6 }]);
	});

	test('without a header row, names fields column_1..n and keeps the first row as data', () => {
		expect(sheetRowsToRecords([['a', 1], ['b']], { ...OPTIONS, headerRow: false })).toEqual([
			{ column_1: 'a', column_2: 1 },
			{ column_1: 'b', column_2: null },
		]);
	});

	test('gives nothing for an empty sheet or a header alone', () => {
		expect(sheetRowsToRecords([], OPTIONS)).toEqual([]);
		expect(sheetRowsToRecords([['a', 'b']], OPTIONS)).toEqual([]);
	});

	test('sets dangerous header names as own keys only', () => {
		const [record] = sheetRowsToRecords([['__proto__', 'constructor'], ['x', 'y']], OPTIONS);
		expect(Object.keys(record)).toEqual(['__proto__', 'constructor']);
		expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(record, '__proto__')?.value).toBe('x');
	});

	test('refuses more records than maxRecords, naming sheet and row', () => {
		const rows: SheetCell[][] = [['n'], [1], [null], [2], [3]];
		expect(() => sheetRowsToRecords(rows, { ...OPTIONS, maxRecords: 2 })).toThrow('More than the limit of 2 records (sheet "Contacts", row 5)');
		expect(sheetRowsToRecords(rows, { ...OPTIONS, maxRecords: 3 })).toHaveLength(3);
	});

	test('refuses cell text over maxValueBytes, naming sheet, row and field', () => {
		const rows: SheetCell[][] = [['note'], ['short'], ['x'.repeat(50)]];
		expect(() => sheetRowsToRecords(rows, { ...OPTIONS, maxValueBytes: 20 })).toThrow('(sheet "Contacts", row 3, field "note")');
	});
});
