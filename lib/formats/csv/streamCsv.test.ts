import { FormatError } from '../../core/formatError';
import type { Row } from '../../core/record';
import type { CsvParseOptions } from './options';
import { streamCsv } from './streamCsv';

type Input = Parameters<typeof streamCsv>[0];

async function read(input: Input, options: CsvParseOptions = {}) {
	const rows: Row[] = [];
	const numbers: number[] = [];
	const result = await streamCsv(input, options, (row, n) => {
		rows.push(row);
		numbers.push(n);
	});
	return { rows, numbers, fields: result.fields, count: result.rows };
}

async function failure(input: Input, options: CsvParseOptions = {}): Promise<FormatError> {
	try {
		await read(input, options);
	} catch (error) {
		if (error instanceof FormatError) return error;
		throw error;
	}
	throw new Error('expected a FormatError');
}

async function* pieces(text: string, size: number): AsyncGenerator<Uint8Array> {
	const bytes = Buffer.from(text, 'utf8');
	for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('streamCsv', () => {
	it('hands each row and its number to onRow and reports rows and fields', async () => {
		const out = await read('id,name\n1,Anna\n2,Ben\n');
		expect(out.rows).toEqual([
			{ id: '1', name: 'Anna' },
			{ id: '2', name: 'Ben' },
		]);
		expect(out.numbers).toEqual([1, 2]);
		expect(out.count).toBe(2);
		expect(out.fields).toEqual(['id', 'name']);
		expect((await streamCsv('id,name\n1,Anna\n', {}, () => undefined)).rows).toBe(1);
	});

	it('waits for a promise returned by onRow before the next row', async () => {
		const events: string[] = [];
		await streamCsv('n\n1\n2\n3\n', {}, async (row) => {
			events.push(`start ${row.n}`);
			await new Promise((resolve) => setTimeout(resolve, 5));
			events.push(`end ${row.n}`);
		});
		expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
	});

	it('reads RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes', async () => {
		const { rows } = await read('a,b,c\r\n"x, y","say ""hi""","line 1\r\nline 2"\r\n');
		expect(rows).toEqual([{ a: 'x, y', b: 'say "hi"', c: 'line 1\r\nline 2' }]);
	});

	it('reads LF, CRLF and CR line breaks', async () => {
		for (const nl of ['\n', '\r\n', '\r']) {
			expect((await read(`a,b${nl}1,2${nl}3,4${nl}`)).rows).toEqual([
				{ a: '1', b: '2' },
				{ a: '3', b: '4' },
			]);
		}
	});

	it('detects the delimiter, or takes the one given', async () => {
		expect((await read('a;b\n1,5;2\n')).rows).toEqual([{ a: '1,5', b: '2' }]);
		expect((await read('a\tb\n1\t2\n')).rows).toEqual([{ a: '1', b: '2' }]);
		expect((await read('a;b,c\n1;2,3\n', { delimiter: ',' })).rows).toEqual([{ 'a;b': '1;2', c: '3' }]);
		expect((await read('a::b\n1::2\n', { delimiter: '::' })).rows).toEqual([{ a: '1', b: '2' }]);
	});

	it('honours another quote character', async () => {
		expect((await read("a,b\n'x,y',2\n", { quoteChar: "'" })).rows).toEqual([{ a: 'x,y', b: '2' }]);
	});

	it('names fields column_1 … without a header row', async () => {
		const out = await read('1,2\n3,4\n', { headerRow: false });
		expect(out.rows).toEqual([
			{ column_1: '1', column_2: '2' },
			{ column_1: '3', column_2: '4' },
		]);
		expect(out.fields).toEqual(['column_1', 'column_2']);
	});

	it('renames empty and repeated header names and can trim them', async () => {
		expect((await read('id,,id\n1,2,3\n')).rows).toEqual([{ id: '1', column_2: '2', id_2: '3' }]);
		expect((await read(' id , name\n1,2\n', { trimHeaders: true })).rows).toEqual([{ id: '1', name: '2' }]);
		expect((await read(' id , name\n1,2\n')).fields).toEqual([' id ', ' name']);
	});

	it('removes the byte order mark of text and of bytes', async () => {
		expect((await read('\uFEFFid\n1\n')).fields).toEqual(['id']);
		expect((await read(Buffer.from('\uFEFFid\n1\n'))).fields).toEqual(['id']);
	});

	it('fills missing trailing fields with the empty string', async () => {
		expect((await read('a,b,c\n1\n2,3\n')).rows).toEqual([
			{ a: '1', b: '', c: '' },
			{ a: '2', b: '3', c: '' },
		]);
	});

	it('skips blank lines by default, and keeps them as empty rows on request', async () => {
		const text = '\na,b\n1,2\n\n3,4\n\n';
		expect((await read(text)).rows).toEqual([
			{ a: '1', b: '2' },
			{ a: '3', b: '4' },
		]);
		expect((await read('a,b\n1,2\n\n3,4\n', { skipEmptyLines: false })).rows).toEqual([
			{ a: '1', b: '2' },
			{ a: '', b: '' },
			{ a: '3', b: '4' },
		]);
	});

	it('does not make a row of the line break that ends the file', async () => {
		expect((await read('a\n1\n', { skipEmptyLines: false })).rows).toEqual([{ a: '1' }]);
		expect((await read('a\r\n1\r\n', { skipEmptyLines: false })).rows).toEqual([{ a: '1' }]);
		expect((await read('a\n"1"\n', { skipEmptyLines: false })).rows).toEqual([{ a: '1' }]);
	});

	it('reads empty input and a header without rows', async () => {
		expect(await read('')).toMatchObject({ rows: [], fields: [] });
		expect(await read(new Uint8Array(0))).toMatchObject({ rows: [], fields: [] });
		expect(await read('a,b\n')).toMatchObject({ rows: [], fields: ['a', 'b'] });
		expect(await read('a,b')).toMatchObject({ rows: [], fields: ['a', 'b'] });
	});

	it('reads the same rows from a stream cut anywhere, with tiny parser chunks', async () => {
		const text = 'name;note\r\n"Zoë";"a;b\r\n""c"""\r\nÅsa 😀;x\r\n\r\n"q";""\r\n';
		const expected = (await read(text)).rows;
		expect(expected).toEqual([
			{ name: 'Zoë', note: 'a;b\r\n"c"' },
			{ name: 'Åsa 😀', note: 'x' },
			{ name: 'q', note: '' },
		]);
		for (const size of [1, 2, 3, 5, 7, 64]) {
			for (const chunkSize of [1, 2, 3, 10]) {
				expect((await read(pieces(text, size), { chunkSize })).rows).toEqual(expected);
			}
		}
	});

	it('decodes the encoding asked for', async () => {
		const latin1 = Buffer.from('name\nJosé\n', 'latin1');
		expect((await read(latin1, { encoding: 'latin1' })).rows).toEqual([{ name: 'José' }]);
		const ansi = new Uint8Array([...Buffer.from('price\n'), 0x80, 0x35, 0x0a]);
		expect((await read(ansi, { encoding: 'windows-1252' })).rows).toEqual([{ price: '€5' }]);
		const utf16 = Buffer.from('\uFEFFa;b\r\n1;ü\r\n', 'utf16le');
		expect((await read(utf16)).rows).toEqual([{ a: '1', b: 'ü' }]);
	});

	describe('errors', () => {
		it('fails a row with more fields than the header, naming its line and row', async () => {
			const error = await failure('a,b\n1,"x\ny"\n\n2,3,4\n');
			expect(error.message).toBe('The row has 3 fields, the header has 2 (line 5, row 2)');
			expect(error.location).toEqual({ line: 5, row: 2 });
			const noHeader = await failure('1,2\n3,4,5\n', { headerRow: false });
			expect(noHeader.message).toBe('The row has 3 fields, the first row has 2 (line 2, row 2)');
		});

		it('names the same line whatever the chunking', async () => {
			const text = 'a,b\r\n"1\r\n2",x\r\n3,4\r\n5,6,7\r\n8,9\r\n';
			for (const chunkSize of [1, 4, 9, 100]) {
				const error = await failure(pieces(text, 3), { chunkSize });
				expect(error.location).toEqual({ line: 5, row: 3 });
			}
		});

		it('fails an unclosed quote, naming the line it opens on', async () => {
			const error = await failure('a,b\n1,2\n3,"open\n4,5\n6,7\n');
			expect(error.message).toBe('A quoted field is not closed (line 3, row 2)');
			const inHeader = await failure('"a,b\n1,2\n');
			expect(inHeader.location).toEqual({ line: 1, row: undefined });
		});

		it('fails text after a closing quote', async () => {
			const error = await failure('a,b\n1,2\n"x"y,3\n"ok",4\n');
			expect(error.message).toMatch(/^A closing quote is followed by text \(line 3, row 2\)/);
		});

		it('fails past maxRecords, naming the first row too many', async () => {
			const error = await failure('a\n1\n2\n3\n', { limits: { maxRecords: 2 } });
			expect(error.message).toBe('The input has more than 2 records (maxRecords) (line 4, row 3)');
			expect((await read('a\n1\n2\n', { limits: { maxRecords: 2 } })).rows).toHaveLength(2);
		});

		it('fails past maxInputBytes', async () => {
			const error = await failure(Buffer.from('a\n12345\n'), { limits: { maxInputBytes: 7 } });
			expect(error.message).toMatch(/maxInputBytes/);
			await expect(read(pieces('a\n12345\n', 2), { limits: { maxInputBytes: 7 } })).rejects.toThrow(/maxInputBytes/);
		});

		it('accepts a record of exactly maxLineBytes and fails one longer, naming its line', async () => {
			for (const nl of ['\n', '\r\n']) {
				const ok = `h${nl}${'x'.repeat(10)}${nl}${'y'.repeat(10)}${nl}`;
				for (const chunkSize of [1, 3, 11, 1000]) {
					expect((await read(ok, { limits: { maxLineBytes: 10 }, chunkSize })).rows).toHaveLength(2);
				}
				const tooLong = `h${nl}${'x'.repeat(10)}${nl}${'y'.repeat(11)}${nl}z${nl}`;
				for (const chunkSize of [1, 3, 11, 1000]) {
					const error = await failure(tooLong, { limits: { maxLineBytes: 10 }, chunkSize });
					expect(error.message).toMatch(/longer than the limit of 10 bytes \(maxLineBytes\)/);
					expect(error.location.line).toBe(3);
				}
			}
		});

		it('applies maxLineBytes to a last record without line break', async () => {
			for (const chunkSize of [1, 4, 1000]) {
				expect((await read(`h\n${'y'.repeat(10)}`, { limits: { maxLineBytes: 10 }, chunkSize })).rows).toHaveLength(1);
				const error = await failure(`h\n${'y'.repeat(11)}`, { limits: { maxLineBytes: 10 }, chunkSize });
				expect(error.location.line).toBe(2);
			}
		});

		it('counts quoted line breaks into the record for maxLineBytes', async () => {
			const error = await failure('h\n"aaaa\nbbbb\ncccc"\n', { limits: { maxLineBytes: 10 } });
			expect(error.location.line).toBe(2);
		});

		it('fails invalid UTF-8 naming the line, or replaces it on request', async () => {
			const bytes = new Uint8Array([...Buffer.from('a,b\n1,2\n3,'), 0xc3, 0x28, 0x0a]);
			const error = await failure(bytes);
			expect(error.message).toBe('Invalid UTF-8 byte 0xC3, byte offset 10 (line 3)');
			expect((await read(bytes, { invalidEncoding: 'replace' })).rows).toEqual([
				{ a: '1', b: '2' },
				{ a: '3', b: '\uFFFD(' },
			]);
		});

		it('refuses a delimiter or quote character that cannot work, as a RangeError', async () => {
			for (const delimiter of ['', '"', '\n', 'a\rb']) {
				await expect(read('a\n', { delimiter })).rejects.toThrow(RangeError);
			}
			await expect(read('a\n', { quoteChar: '' })).rejects.toThrow(RangeError);
			await expect(read('a\n', { quoteChar: "'", delimiter: "'" })).rejects.toThrow(RangeError);
		});
	});
});
