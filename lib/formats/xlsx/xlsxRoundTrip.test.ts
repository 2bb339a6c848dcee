/**
 * Property: rows written by `writeXlsx` read back by `readXlsx` with the same values and types.
 *
 * Values are strings (any text: control characters, CR, `_xHHHH_` look-alikes, astral
 * characters, lone surrogates, `constructor`...), finite numbers (all of them, subnormals and
 * 17-digit ones included), booleans, Dates from 1900-03-01 (before it, Excel's serial numbers
 * have the 1900 leap-year bug) and nulls; column names are any non-empty text. The documented
 * exceptions are part of the expectation rather than left out of the data: `''` comes back as
 * `null`, `-0` as `0`, a Date as its ISO 8601 text, and a row with no value at all is skipped.
 */
import fc from 'fast-check';
import { setField, type Row } from '../../core/record';
import { readXlsx } from './readXlsx';
import { writeXlsx } from './writeXlsx';

const char = fc.oneof(
	{ weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
	fc.constantFrom('_', '_x0041_', '_x', 'x0041_', '\r', '\n', '\t', ' ', '\u0000', '\u0085', '\uFFFE', '\uFFFD', '\uD800', '😀', 'é'),
);
const text = fc.string({ unit: char, maxLength: 15 });
const columnName = fc.oneof(text.filter((s) => s !== ''), fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf'));
const value = fc.oneof(
	text,
	fc.constantFrom('constructor', '__proto__', 'hasOwnProperty', '0', '007', '=1+1', 'TRUE'),
	fc.double({ noNaN: true, noDefaultInfinity: true }),
	fc.integer(),
	fc.boolean(),
	fc.date({ min: new Date('1900-03-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }),
	fc.constant(null),
);

const sheet = fc.uniqueArray(columnName, { minLength: 1, maxLength: 5 }).chain((columns) =>
	fc.record({
		columns: fc.constant(columns),
		rows: fc.array(fc.array(value, { minLength: columns.length, maxLength: columns.length }), { maxLength: 6 }),
	}),
);

function objectOf(columns: string[], values: unknown[]): Row {
	const row: Row = {};
	columns.forEach((column, i) => setField(row, column, values[i]));
	return row;
}

function asRead(value: unknown): unknown {
	if (value === '') return null;
	if (Object.is(value, -0)) return 0;
	if (value instanceof Date) return value.toISOString();
	return value;
}

describe('XLSX round trip (property)', () => {
	test('writeXlsx → readXlsx gives back the same values and types', async () => {
		await fc.assert(
			fc.asyncProperty(sheet, async ({ columns, rows }) => {
				const written = rows.map((values) => objectOf(columns, values));
				const expected = rows
					.map((values) => values.map(asRead))
					.filter((values) => values.some((v) => v !== null))
					.map((values) => objectOf(columns, values));
				const back = await readXlsx(await writeXlsx(written, { sheetName: 'Data' }), { sheet: 'Data' });
				expect(back).toEqual(expected);
				for (const row of back) expect(Object.keys(row)).toEqual(columns);
			}),
			{ numRuns: 150 },
		);
	});
});
