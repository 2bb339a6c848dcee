import fc from 'fast-check';
import Papa from 'papaparse';
import { serialize } from 'node:v8';
import { FormatError } from '../../core/formatError';
import { CsvRecordReader, type CsvRecordReaderOptions } from './csvRecordReader';

const defaults: CsvRecordReaderOptions = { delimiter: 'auto', quoteChar: '"', maxLineBytes: 1000, chunkSize: 1 << 20 };

/** Pushes `text` and reads every batch to the end. */
function readAll(text: string, options: Partial<CsvRecordReaderOptions> = {}): { reader: CsvRecordReader; batches: string[][][] } {
	const reader = new CsvRecordReader({ ...defaults, ...options });
	reader.push(text);
	const batches: string[][][] = [];
	for (let batch = reader.next(true); batch; batch = reader.next(true)) batches.push(batch);
	return { reader, batches };
}

/** Whether V8 stores `text` one byte per character: the serializer tags it '"', a two-byte one 'c'. */
function isOneByte(text: string): boolean {
	const bytes = serialize(text);
	let i = 2; // version header
	while (bytes[i] === 0) i++;
	return bytes[i] === 0x22;
}

/** Pushes `pieces` one by one, reading what is ready after each, and returns all records. */
function readPieces(pieces: string[], options: Partial<CsvRecordReaderOptions>, narrow = true): string[][] {
	const reader = new CsvRecordReader({ ...defaults, ...options });
	const records: string[][] = [];
	for (const piece of pieces) {
		reader.push(piece, narrow);
		for (let batch = reader.next(false); batch; batch = reader.next(false)) records.push(...batch);
	}
	for (let batch = reader.next(true); batch; batch = reader.next(true)) records.push(...batch);
	return records;
}

describe('CsvRecordReader', () => {
	it('splits text into records of fields', () => {
		const { batches, reader } = readAll('a;b\n1;"x\ny"\n');
		expect(batches.flat()).toEqual([
			['a', 'b'],
			['1', 'x\ny'],
		]);
		expect(reader.delimiter).toBe(';');
	});

	it('waits for enough text before the first parse, unless the input has ended', () => {
		const reader = new CsvRecordReader(defaults);
		reader.push('a,b\n1,2\n');
		expect(reader.next(false)).toBeUndefined();
		expect(reader.next(true)).toEqual([
			['a', 'b'],
			['1', '2'],
		]);
		expect(reader.next(true)).toBeUndefined();
	});

	it('keeps an unfinished record for the next piece', () => {
		const reader = new CsvRecordReader({ ...defaults, delimiter: ',', chunkSize: 4, maxLineBytes: 1e6 });
		reader.push('a,b\n1,"x\n'.padEnd(70000, ' ')); // past the detection sample
		const first: string[][] = [];
		for (let batch = reader.next(false); batch; batch = reader.next(false)) first.push(...batch);
		expect(first).toEqual([['a', 'b']]);
		reader.push('y"\n');
		const rest: string[][] = [];
		for (let batch = reader.next(true); batch; batch = reader.next(true)) rest.push(...batch);
		expect(rest).toEqual([['1', `x\n${' '.repeat(70000 - 9)}y`]]);
	});

	it('gives the line a record of the last batch starts on, quoted line breaks counted', () => {
		const reader = new CsvRecordReader(defaults);
		reader.push('h\n"a\nb"\n\nc\r\nd\n');
		const batch = reader.next(true) ?? [];
		expect(batch.map((record) => record[0])).toEqual(['h', 'a\nb', '', 'c\r', 'd']);
		expect([0, 1, 2, 3, 4].map((i) => reader.lineOfRecord(i))).toEqual([1, 2, 4, 5, 6]);
	});

	it('reports the first quoting problem with its line', () => {
		const reader = new CsvRecordReader(defaults);
		reader.push('a\n"ok"\n"x"y,1\n"z",2\n');
		expect(reader.next(true)).toEqual([['a'], ['ok'], ['x"y,1\n"z', '2']]);
		expect(reader.quoteProblem()).toEqual({ record: 2, line: 3, message: 'A closing quote is followed by text' });
		const unclosed = readAll('a\nb\n"c\nd\n').reader;
		expect(unclosed.quoteProblem()).toMatchObject({ line: 3, message: 'A quoted field is not closed' });
		expect(readAll('a\n"b"\n').reader.quoteProblem()).toBeUndefined();
	});

	it('fails a record over maxLineBytes with the line it starts on', () => {
		expect(() => readAll('a\nb\n' + 'c'.repeat(50) + '\n', { maxLineBytes: 20, chunkSize: 8 })).toThrow(
			new FormatError('A record is longer than the limit of 20 bytes (maxLineBytes); an unclosed quote can cause this', { line: 3 }),
		);
	});

	it('never hands papaparse much more than maxLineBytes of one record', () => {
		const reader = new CsvRecordReader({ ...defaults, delimiter: ',', maxLineBytes: 100, chunkSize: 10 });
		reader.push('x'.repeat(100000));
		expect(() => {
			for (let batch = reader.next(false); batch; batch = reader.next(false));
		}).toThrow(FormatError);
	});

	it('gives the records papaparse gives for the whole text, however it is pushed, wide characters or not', () => {
		const field = fc.string({ unit: fc.constantFrom('a', 'é', 'Ā', '中', '😀', ' '), maxLength: 6 });
		const quoted = field.map((f) => `"${f}\n${f}"`);
		const record = fc.array(fc.oneof(field, quoted), { minLength: 2, maxLength: 2 }).map((fields) => fields.join(','));
		fc.assert(
			fc.property(
				fc.array(record, { minLength: 1, maxLength: 12 }),
				fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 6 }),
				fc.integer({ min: 1, max: 40 }),
				(records, cuts, chunkSize) => {
					const text = records.join('\n') + '\n';
					const at = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
					const pieces = [0, ...at].map((start, i) => text.slice(start, [...at, text.length][i])).filter(Boolean);
					const expected = Papa.parse<string[]>(text, { delimiter: ',', newline: '\n' }).data.filter((r) => r.length > 1 || r[0] !== '');
					expect(readPieces(pieces, { delimiter: ',', chunkSize, maxLineBytes: 1e6 })).toEqual(expected);
					expect(readPieces(pieces, { delimiter: ',', chunkSize, maxLineBytes: 1e6 }, false)).toEqual(expected);
				},
			),
			{ numRuns: 300 },
		);
	});

	it('stores the fields of lines without characters above U+00FF one byte per character', () => {
		const line = (i: number) => `${i},name number ${i},somebody${i}@example.com,"notes on\ntwo lines"\n`;
		let text = 'id,name,email,notes\n';
		for (let i = 0; i < 300; i++) text += i % 50 === 7 ? line(i).replace('name', 'Łukasz') : line(i);
		for (const chunkSize of [1 << 20, 1000]) {
			const records = readPieces([text.slice(0, 5000), text.slice(5000)], { chunkSize });
			expect(records).toHaveLength(301);
			for (const record of records) {
				const wide = record.some((f) => f.includes('Ł'));
				for (const f of record) if (!wide) expect(isOneByte(f)).toBe(true);
			}
		}
	});
});
