import { FormatError } from '../../core/formatError';
import type { Row } from '../../core/record';
import { csvChunks } from './csvChunks';
import { writeCsv } from './writeCsv';

async function collect(pieces: AsyncIterable<string>): Promise<string> {
	let text = '';
	for await (const piece of pieces) text += piece;
	return text;
}

async function* stream(rows: Row[]): AsyncGenerator<Row> {
	for (const row of rows) yield row;
}

describe('csvChunks', () => {
	const rows: Row[] = [{ id: 1, name: 'Anna' }, { id: 2, email: '=x' }];

	it('gives an array the same text as writeCsv, as a plain generator', () => {
		const pieces = csvChunks(rows, { bom: true });
		expect(typeof (pieces as Iterable<string>)[Symbol.iterator]).toBe('function');
		expect([...pieces].join('')).toBe(writeCsv(rows, { bom: true }));
	});

	it('cuts large output into pieces of about 64 KiB', () => {
		const many = Array.from({ length: 5000 }, (_, i) => ({ id: i, text: 'lorem ipsum '.repeat(4) }));
		const pieces = [...csvChunks(many)];
		expect(pieces.length).toBeGreaterThan(3);
		for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(64 * 1024);
		expect(pieces.join('')).toBe(writeCsv(many));
	});

	it('writes an async stream of rows with the given columns', async () => {
		expect(await collect(csvChunks(stream(rows), { columns: ['id', 'email'] }))).toBe('id,email\r\n1,\r\n2,\'=x\r\n');
	});

	it('takes a stream\'s columns from its first row and fails a later row with another key', async () => {
		expect(await collect(csvChunks(stream([{ a: 1, b: 2 }, { b: 3 }])))).toBe('a,b\r\n1,2\r\n,3\r\n');
		await expect(collect(csvChunks(stream(rows)))).rejects.toThrow(FormatError);
		await expect(collect(csvChunks(stream(rows)))).rejects.toThrow('(row 2, field "email")');
	});

	it('writes nothing for no rows', async () => {
		expect([...csvChunks([])]).toEqual([]);
		expect(await collect(csvChunks(stream([])))).toBe('');
	});
});
