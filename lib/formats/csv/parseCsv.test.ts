import { parseCsv } from './parseCsv';

describe('parseCsv', () => {
	it('returns every row', async () => {
		expect(await parseCsv('id;name\r\n1;"Doe, Jane"\r\n2;Ben\r\n')).toEqual([
			{ id: '1', name: 'Doe, Jane' },
			{ id: '2', name: 'Ben' },
		]);
	});

	it('takes the options of streamCsv', async () => {
		expect(await parseCsv('1,2\n3,4\n', { headerRow: false })).toEqual([
			{ column_1: '1', column_2: '2' },
			{ column_1: '3', column_2: '4' },
		]);
	});

	it('reads bytes and streams', async () => {
		async function* stream() {
			yield Buffer.from('a,b\n1,');
			yield Buffer.from('2\n');
		}
		expect(await parseCsv(Buffer.from('a\n1\n'))).toEqual([{ a: '1' }]);
		expect(await parseCsv(stream())).toEqual([{ a: '1', b: '2' }]);
	});

	it('keeps values as text', async () => {
		expect(await parseCsv('n,b,d\n007,true,2024-01-01\n')).toEqual([{ n: '007', b: 'true', d: '2024-01-01' }]);
	});
});
