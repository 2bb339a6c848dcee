import type { Row } from '../../core/record';
import type { TextInput } from '../text/textChunks';
import type { CsvParseOptions } from './options';
import { streamCsv } from './streamCsv';

/**
 * Reads a whole CSV input into rows of string values; `streamCsv` with the rows collected, so
 * the rules and errors are the same.
 *
 * @example
 * await parseCsv('id;name\r\n1;"Doe, Jane"\r\n'); // [{ id: '1', name: 'Doe, Jane' }]
 * await parseCsv('1,2\n3,4\n', { headerRow: false }); // [{ column_1: '1', column_2: '2' }, { column_1: '3', column_2: '4' }]
 */
export async function parseCsv(input: TextInput, options: CsvParseOptions = {}): Promise<Row[]> {
	const rows: Row[] = [];
	await streamCsv(input, options, (row) => {
		rows.push(row);
	});
	return rows;
}
