import { charactersApart } from './charactersApart';

/** The distance table, flattened, reused by every call and grown when needed. */
let table = new Int32Array(256);
/** Last row (1-based) of `a` holding each UTF-16 code unit; all zero between calls. */
let lastRow: Int32Array | undefined;

/**
 * Damerau-Levenshtein distance, the unrestricted ("true") kind: insertions, deletions,
 * substitutions and transpositions of two adjacent characters, where text may also be edited
 * between transposed characters (`'ca'` → `'abc'` is 2). This is the Lowrance-Wagner algorithm
 * that DuckDB's `damerau_levenshtein` (used by Splink's `DamerauLevenshteinLevel`) and jellyfish's
 * `damerau_levenshtein_distance` implement, not the restricted optimal-string-alignment variant
 * (which gives 3 there). Counted in UTF-16 code units (DuckDB counts bytes).
 *
 * With `max`, any distance above `max` comes back as `max + 1`, and the work is cut short: texts
 * whose characters differ by more than `max` (as multisets: no edit changes that count by more
 * than one, and a transposition not at all) are refused without the table, and the table stops at
 * the first row whose cells all exceed `max` (a row's minimum never decreases).
 *
 * @example
 * damerauLevenshtein('fuor', 'four'); // 1
 * damerauLevenshtein('ca', 'abc'); // 2
 * damerauLevenshtein('jellyifhs', 'jellyfish'); // 2
 * damerauLevenshtein('abcdef', 'zzzzzz', 2); // 3 (more than 2)
 */
export function damerauLevenshtein(a: string, b: string, max?: number): number {
	if (max !== undefined && !(max >= 0)) throw new RangeError(`damerauLevenshtein: max must be 0 or more, got ${max}`);
	const cap = max === undefined ? Infinity : Math.floor(max);
	if (a === b) return 0;
	const lengthA = a.length;
	const lengthB = b.length;
	if (Math.abs(lengthA - lengthB) > cap) return cap + 1;
	if (lengthA === 0) return lengthB;
	if (lengthB === 0) return lengthA;
	if (cap < Math.max(lengthA, lengthB) && charactersApart(a, b) > cap) return cap + 1;

	const width = lengthB + 2;
	const size = (lengthA + 2) * width;
	if (size > table.length) table = new Int32Array(size * 2);
	const rows = (lastRow ??= new Int32Array(65536));
	const h = table;
	const infinity = lengthA + lengthB + 1;

	// h[(i + 1) * width + (j + 1)] is the distance between a's first i and b's first j units;
	// row 0 and column 0 are sentinels for transpositions reaching before the start.
	h[0] = infinity;
	for (let i = 0; i <= lengthA; i++) {
		h[(i + 1) * width] = infinity;
		h[(i + 1) * width + 1] = i;
	}
	for (let j = 0; j <= lengthB; j++) {
		h[j + 1] = infinity;
		h[width + j + 1] = j;
	}

	let result = -1;
	for (let i = 1; i <= lengthA; i++) {
		const c = a.charCodeAt(i - 1);
		let lastColumn = 0;
		let rowMin = i;
		const rowAbove = i * width;
		const row = rowAbove + width;
		for (let j = 1; j <= lengthB; j++) {
			const d = b.charCodeAt(j - 1);
			const i1 = rows[d];
			const j1 = lastColumn;
			let cost = 1;
			if (c === d) {
				cost = 0;
				lastColumn = j;
			}
			let best = h[rowAbove + j] + cost;
			const insert = h[row + j] + 1;
			if (insert < best) best = insert;
			const remove = h[rowAbove + j + 1] + 1;
			if (remove < best) best = remove;
			const transpose = h[i1 * width + j1] + (i - i1 - 1) + 1 + (j - j1 - 1);
			if (transpose < best) best = transpose;
			h[row + j + 1] = best;
			if (best < rowMin) rowMin = best;
		}
		rows[c] = i;
		if (rowMin > cap) {
			result = cap + 1;
			break;
		}
	}
	if (result < 0) {
		const distance = h[(lengthA + 1) * width + lengthB + 1];
		result = distance > cap ? cap + 1 : distance;
	}
	for (let i = 0; i < lengthA; i++) rows[a.charCodeAt(i)] = 0;
	return result;
}

