import { FormatError } from '../../core/formatError';
import { CsvPieceWriter } from './csvPieceWriter';

describe('CsvPieceWriter', () => {
	it('collects the BOM, the header and the lines', () => {
		const writer = new CsvPieceWriter({ bom: true }, ['id']);
		expect(writer.add({ id: 1 })).toBeUndefined();
		expect(writer.end()).toBe('\uFEFFid\r\n1\r\n');
		expect(writer.end()).toBe('');
	});

	it('hands out a piece of at least 64 KiB when full', () => {
		const writer = new CsvPieceWriter({ header: false }, ['v']);
		const value = 'x'.repeat(1000);
		const pieces: string[] = [];
		for (let i = 0; i < 200; i++) {
			const piece = writer.add({ v: value });
			if (piece) pieces.push(piece);
		}
		pieces.push(writer.end());
		expect(pieces.length).toBe(4);
		expect(pieces[0].length).toBeGreaterThanOrEqual(64 * 1024);
		expect(pieces.join('')).toBe(`${value}\r\n`.repeat(200));
	});

	it('takes the columns from the first row when none are given, and holds later rows to them', () => {
		const writer = new CsvPieceWriter({});
		writer.add({ a: 1, b: 2 });
		writer.add({ b: 3 });
		expect(writer.end()).toBe('a,b\r\n1,2\r\n,3\r\n');
		expect(() => writer.add({ a: 1, c: 3 })).toThrow(
			new FormatError('The row has a field the first row has not; pass the columns to write rows with different fields', {
				row: 3,
				field: 'c',
			}),
		);
	});

	it('writes nothing but the BOM without columns', () => {
		const writer = new CsvPieceWriter({ bom: true }, []);
		writer.add({});
		expect(writer.end()).toBe('\uFEFF');
	});
});
