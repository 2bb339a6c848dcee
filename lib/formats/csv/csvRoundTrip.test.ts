/**
 * Property tests: whatever rows of text go in, writeCsv then parseCsv gives them back; with
 * formula neutralising on, they come back neutralised.
 */
import fc from 'fast-check';
import type { Row } from '../../core/record';
import { neutraliseFormula } from './neutraliseFormula';
import { parseCsv } from './parseCsv';
import { writeCsv } from './writeCsv';

/** Characters that stress a CSV writer and reader, mixed with ordinary and non-ASCII ones. */
const tricky = fc.constantFrom('"', ',', ';', '\t', '|', '\r', '\n', ' ', '=', '+', '-', '@', "'", '\uFEFF', 'a', 'Z', 'é', 'ß', '€', '😀', '中');
const text = fc.oneof(fc.string({ unit: tricky, maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }));
const name = fc.oneof(text, fc.constantFrom('__proto__', 'constructor', 'prototype', 'id')).filter((n) => n !== '');

/** A table: distinct column names and rows of as many text values. */
function table(minColumns: number) {
	return fc.uniqueArray(name, { minLength: minColumns, maxLength: 5 }).chain((columns) =>
		fc.record({
			columns: fc.constant(columns),
			values: fc.array(fc.array(text, { minLength: columns.length, maxLength: columns.length }), { maxLength: 8 }),
		}),
	);
}

function toRows(columns: string[], values: string[][], cell: (value: string) => string = (v) => v): Row[] {
	// JSON.parse makes "__proto__" an own key, as the parser does.
	return values.map((row) => JSON.parse(JSON.stringify(Object.fromEntries(columns.map((c, i) => [cell(c), cell(row[i])])))) as Row);
}

const layout = fc.record({
	delimiter: fc.constantFrom(',', ';', '\t', '|'),
	lineEnding: fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'),
	bom: fc.boolean(),
});

async function* inPieces(textIn: string, size: number): AsyncGenerator<Uint8Array> {
	const bytes = Buffer.from(textIn, 'utf8');
	for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('writeCsv → parseCsv round trip', () => {
	it('gives back exactly the same rows with neutraliseFormulas off', async () => {
		await fc.assert(
			fc.asyncProperty(table(1), layout, async ({ columns, values }, { delimiter, lineEnding, bom }) => {
				const rows = toRows(columns, values);
				const csv = writeCsv(rows, { columns, delimiter, lineEnding, bom, neutraliseFormulas: false });
				// skipEmptyLines off: a one-column row with an empty value is written "" (not a
				// blank line), which papaparse cannot tell from a blank line.
				const back = await parseCsv(csv, { delimiter, skipEmptyLines: false });
				expect(back).toEqual(rows);
				for (const row of back) expect(Object.keys(row)).toEqual(Object.keys(rows[0]));
			}),
			{ numRuns: 300 },
		);
	});

	it('gives back the same rows with the default reading options when there are two columns or more', async () => {
		await fc.assert(
			fc.asyncProperty(table(2), async ({ columns, values }) => {
				const rows = toRows(columns, values);
				expect(await parseCsv(writeCsv(rows, { columns, neutraliseFormulas: false }))).toEqual(rows);
			}),
			{ numRuns: 300 },
		);
	});

	it('gives back the same rows from UTF-8 bytes streamed in small pieces', async () => {
		await fc.assert(
			fc.asyncProperty(table(1), layout, fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 9 }), async (t, opts, size, chunkSize) => {
				const rows = toRows(t.columns, t.values);
				const csv = writeCsv(rows, { columns: t.columns, ...opts, neutraliseFormulas: false });
				expect(await parseCsv(inPieces(csv, size), { delimiter: opts.delimiter, skipEmptyLines: false, chunkSize })).toEqual(rows);
			}),
			{ numRuns: 200 },
		);
	});

	it("gives back the '-prefixed values and names with neutraliseFormulas on", async () => {
		await fc.assert(
			fc.asyncProperty(
				table(1).filter(({ columns }) => new Set(columns.map(neutraliseFormula)).size === columns.length),
				layout,
				async ({ columns, values }, { delimiter, lineEnding }) => {
					const csv = writeCsv(toRows(columns, values), { columns, delimiter, lineEnding });
					const back = await parseCsv(csv, { delimiter, skipEmptyLines: false });
					expect(back).toEqual(toRows(columns, values, neutraliseFormula));
					for (const row of back) for (const value of Object.values(row)) expect(/^[=+\-@\t\r]/.test(value as string)).toBe(false);
				},
			),
			{ numRuns: 300 },
		);
	});
});
