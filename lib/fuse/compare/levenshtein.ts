import { charactersApart } from './charactersApart';

/** Two rows of the edit-distance table, reused by every call and grown when needed. */
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Levenshtein distance: the fewest single-character insertions, deletions and substitutions
 * turning `a` into `b` (jellyfish's `levenshtein_distance`, DuckDB's `levenshtein`), counted in
 * UTF-16 code units.
 *
 * With `max`, the answer is only exact up to `max`: any larger distance comes back as `max + 1`.
 * That lets it skip texts whose lengths, or characters (as multisets), differ by more than `max`,
 * and fill only the diagonal band of width `2·max + 1`, stopping at the first row whose cells all
 * exceed `max`, which is what a comparison level `distance <= max` needs for millions of pairs.
 *
 * @example
 * levenshtein('kitten', 'sitting'); // 3
 * levenshtein('kitten', 'sitting', 1); // 2 (more than 1)
 * levenshtein('', 'abc'); // 3
 */
export function levenshtein(a: string, b: string, max?: number): number {
	if (max !== undefined && !(max >= 0)) throw new RangeError(`levenshtein: max must be 0 or more, got ${max}`);
	const cap = max === undefined ? Infinity : Math.floor(max);
	if (a === b) return 0;
	// Common ends cost nothing, and trimming them shrinks the table.
	let start = 0;
	let endA = a.length;
	let endB = b.length;
	while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
	while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
		endA--;
		endB--;
	}
	const lengthA = endA - start;
	const lengthB = endB - start;
	if (Math.abs(lengthA - lengthB) > cap) return cap + 1;
	if (lengthA === 0) return lengthB;
	if (lengthB === 0) return lengthA;
	if (cap < Math.max(lengthA, lengthB) && charactersApart(a, b) > cap) return cap + 1;

	if (lengthB + 2 > previous.length) {
		previous = new Int32Array((lengthB + 2) * 2);
		current = new Int32Array((lengthB + 2) * 2);
	}
	let prev = previous;
	let cur = current;
	// Cells outside the band hold `over`, a stand-in for "more than max".
	const over = cap === Infinity ? 0x7fffffff - 1 : cap + 1;
	const band = cap === Infinity ? Math.max(lengthA, lengthB) : cap;
	const firstHigh = Math.min(lengthB, band);
	for (let j = 0; j <= firstHigh; j++) prev[j] = j;
	if (firstHigh < lengthB) prev[firstHigh + 1] = over;

	for (let i = 1; i <= lengthA; i++) {
		const low = Math.max(1, i - band);
		const high = Math.min(lengthB, i + band);
		cur[low - 1] = low === 1 ? i : over;
		const c = a.charCodeAt(start + i - 1);
		let rowMin = cur[low - 1];
		for (let j = low; j <= high; j++) {
			const substitute = prev[j - 1] + (c === b.charCodeAt(start + j - 1) ? 0 : 1);
			const remove = prev[j] + 1;
			const insert = cur[j - 1] + 1;
			let best = substitute < remove ? substitute : remove;
			if (insert < best) best = insert;
			cur[j] = best;
			if (best < rowMin) rowMin = best;
		}
		if (high < lengthB) cur[high + 1] = over;
		if (rowMin > cap) return cap + 1;
		const swap = prev;
		prev = cur;
		cur = swap;
	}
	const distance = prev[lengthB];
	return distance > cap ? cap + 1 : distance;
}
