import { writeCsv } from './writeCsv';

describe('writeCsv', () => {
	it('writes the union of keys, in first-seen order, as columns', () => {
		expect(writeCsv([{ id: 1, name: 'Doe, Jane' }, { id: 2, email: '=cmd' }])).toBe(
			"id,name,email\r\n1,\"Doe, Jane\",\r\n2,,'=cmd\r\n",
		);
	});

	it('takes the columns, header, delimiter, line ending and BOM asked for', () => {
		const rows = [{ a: 1, b: 'x;y', c: 'dropped' }];
		expect(writeCsv(rows, { columns: ['b', 'a'], delimiter: ';', lineEnding: '\n', bom: true })).toBe('\uFEFFb;a\n"x;y";1\n');
		expect(writeCsv(rows, { columns: ['a'], header: false })).toBe('1\r\n');
	});

	it('accepts any iterable of rows', () => {
		function* rows() {
			yield { a: 1 };
			yield { a: 2 };
		}
		expect(writeCsv(rows())).toBe('a\r\n1\r\n2\r\n');
	});

	it('writes nothing for no rows, and only the header for no rows with columns', () => {
		expect(writeCsv([])).toBe('');
		expect(writeCsv([], { columns: ['a', 'b'] })).toBe('a,b\r\n');
	});

	it('writes a one-column row with an empty value as "" so it is not a blank line', () => {
		expect(writeCsv([{ a: '' }, { a: 'x' }])).toBe('a\r\n""\r\nx\r\n');
	});

	it('writes formula-like text as is when neutraliseFormulas is off', () => {
		expect(writeCsv([{ a: '=1+2', b: '@x' }], { neutraliseFormulas: false })).toBe('a,b\r\n=1+2,@x\r\n');
	});
});
