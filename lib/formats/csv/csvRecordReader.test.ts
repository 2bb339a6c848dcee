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
});
