/** Q-grams of both texts as numbers, reused by every call and grown when needed. */
let gramsA = new Float64Array(64);
let gramsB = new Float64Array(64);

/** Base for packing up to 3 UTF-16 code units (each + 1, so shorter grams differ) in one safe integer. */
const BASE = 65537;

/**
 * Jaccard similarity of the sets of q-grams (overlapping runs of `q` characters) of two texts:
 * |shared| / |all distinct|. A text shorter than `q` counts as one gram, itself, so `'a'` still
 * equals `'a'`. An empty text gives 0, even against '' (jellyfish returns 0 for an empty union).
 *
 * `q = 1` compares the sets of characters, which is what DuckDB's `jaccard` (Splink's
 * `JaccardLevel`) computes; the default `q = 2` (bigrams) is the usual choice for names and
 * addresses because it keeps some of the order.
 *
 * @example
 * jaccard('night', 'nacht'); // 1/7: only 'ht' is shared among 7 bigrams
 * jaccard('abc', 'cba', 1); // 1
 * jaccard('john smith', 'john smyth'); // 0.6363… (7 of 11 bigrams)
 */
export function jaccard(a: string, b: string, q = 2): number {
	if (!Number.isInteger(q) || q < 1) throw new RangeError(`jaccard: q must be a whole number of 1 or more, got ${q}`);
	if (a.length === 0 || b.length === 0) return 0;
	if (a === b) return 1;
	if (q > 3) return jaccardOfStrings(a, b, q);

	const countA = Math.max(1, a.length - q + 1);
	const countB = Math.max(1, b.length - q + 1);
	if (countA > gramsA.length) gramsA = new Float64Array(countA * 2);
	if (countB > gramsB.length) gramsB = new Float64Array(countB * 2);
	const uniqueA = sortedUnique(gramsA, fillGrams(gramsA, a, q));
	const uniqueB = sortedUnique(gramsB, fillGrams(gramsB, b, q));

	let shared = 0;
	for (let i = 0, j = 0; i < uniqueA && j < uniqueB; ) {
		const x = gramsA[i];
		const y = gramsB[j];
		if (x === y) {
			shared++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	return shared / (uniqueA + uniqueB - shared);
}

/** Writes the q-grams of `text` (q ≤ 3) as numbers into `grams`; returns how many. */
function fillGrams(grams: Float64Array, text: string, q: number): number {
	if (text.length <= q) {
		let code = 0;
		for (let k = 0; k < text.length; k++) code = code * BASE + text.charCodeAt(k) + 1;
		grams[0] = code;
		return 1;
	}
	const count = text.length - q + 1;
	for (let i = 0; i < count; i++) {
		let code = 0;
		for (let k = 0; k < q; k++) code = code * BASE + text.charCodeAt(i + k) + 1;
		grams[i] = code;
	}
	return count;
}

/** Sorts the first `count` numbers in place and drops repeats; returns how many remain. */
function sortedUnique(values: Float64Array, count: number): number {
	if (count > 48) {
		values.subarray(0, count).sort();
	} else {
		// Insertion sort: names and addresses give a few dozen grams, where it beats a full sort.
		for (let i = 1; i < count; i++) {
			const value = values[i];
			let j = i - 1;
			while (j >= 0 && values[j] > value) {
				values[j + 1] = values[j];
				j--;
			}
			values[j + 1] = value;
		}
	}
	let unique = 0;
	for (let i = 0; i < count; i++) {
		if (unique === 0 || values[unique - 1] !== values[i]) values[unique++] = values[i];
	}
	return unique;
}

/** The general case, q > 3, with grams as strings. */
function jaccardOfStrings(a: string, b: string, q: number): number {
	const setA = gramSet(a, q);
	const setB = gramSet(b, q);
	let shared = 0;
	for (const gram of setA) if (setB.has(gram)) shared++;
	return shared / (setA.size + setB.size - shared);
}

function gramSet(text: string, q: number): Set<string> {
	const grams = new Set<string>();
	if (text.length <= q) grams.add(text);
	else for (let i = 0; i + q <= text.length; i++) grams.add(text.slice(i, i + q));
	return grams;
}
