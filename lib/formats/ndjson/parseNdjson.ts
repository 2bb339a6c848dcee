import type { Row } from '../../core/record';
import type { TextInput } from '../text/textChunks';
import { streamNdjson, type NdjsonParseOptions } from './streamNdjson';

/**
 * Reads all records of an NDJSON input into a list; see {@link streamNdjson}.
 *
 * @example
 * await parseNdjson('{"a":1}\n\n{"a":2}\n'); // [{ a: 1 }, { a: 2 }]
 */
export async function parseNdjson(input: TextInput, options: NdjsonParseOptions = {}): Promise<Row[]> {
	const rows: Row[] = [];
	await streamNdjson(input, options, (row) => {
		rows.push(row);
	});
	return rows;
}
