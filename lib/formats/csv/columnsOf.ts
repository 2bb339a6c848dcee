import type { Row } from '../../core/record';

/**
 * Every key of every row, in the order first seen: the columns a table of these rows needs.
 *
 * @example
 * columnsOf([{ id: 1, name: 'A' }, { id: 2, email: 'b@x.io' }]); // ['id', 'name', 'email']
 */
export function columnsOf(rows: Iterable<Row>): string[] {
	const seen = new Set<string>();
	for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
	return [...seen];
}
