import { fieldReader, type Row } from '../../core/record';
import type { BlockingTransform } from './blockingRule';
import { blockingKeyText } from './blockingKeyText';

/** One field of every record read through one transform, as ids into that transform's dictionary. */
export type KeyColumn = {
	/** Per record the id of its key text, or -1 when it has none (missing, or empty once transformed). */
	ids: Int32Array;
	/** How many ids the dictionary has handed out so far: every id is below it. */
	size: number;
};

/** Reads a key column: see {@link keyColumns}. */
export type KeyColumnReader = (field: string, transform?: BlockingTransform, n?: number) => KeyColumn;

/**
 * Builds the reader of key columns for `records`: `column(field, transform, n)` transforms the
 * field of every record once and numbers the distinct texts, so rules can then compare integers
 * instead of strings. Columns are cached (FEBRL4's rules use `address_1` twice), and fields read
 * with the same transform share one dictionary, which is what lets a cross-field key compare
 * `given_name` of one record with `surname` of another.
 *
 * @example
 * const column = keyColumns([{ a: 'x', b: 'y' }, { a: 'y', b: null }]);
 * column('a', 'exact').ids; // Int32Array [0, 1]
 * column('b', 'exact').ids; // Int32Array [1, -1]: 'y' has the same id in both fields
 */
export function keyColumns(records: Row[]): KeyColumnReader {
	const dictionaries = new Map<string, Map<string, number>>();
	const columns = new Map<string, Int32Array>();
	return (field, transform = 'exact', n = 0) => {
		const signature = transform === 'firstN' ? `firstN:${n}` : transform;
		let dictionary = dictionaries.get(signature);
		if (dictionary === undefined) {
			dictionary = new Map();
			dictionaries.set(signature, dictionary);
		}
		const cacheKey = `${signature}\u0000${field}`;
		let ids = columns.get(cacheKey);
		if (ids === undefined) {
			ids = new Int32Array(records.length);
			const read = fieldReader(field);
			for (let r = 0; r < records.length; r++) {
				const text = blockingKeyText(read(records[r]), transform, n);
				if (text === undefined) {
					ids[r] = -1;
					continue;
				}
				let id = dictionary.get(text);
				if (id === undefined) {
					id = dictionary.size;
					dictionary.set(text, id);
				}
				ids[r] = id;
			}
			columns.set(cacheKey, ids);
		}
		return { ids, size: dictionary.size };
	};
}
