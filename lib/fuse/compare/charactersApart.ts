/** One count per UTF-16 code unit, all zero between calls. */
let counts: Int32Array | undefined;

/**
 * How many characters one text has that the other lacks, counting repeats, whichever side has
 * more (the "bag distance"). It is a lower bound of the Levenshtein and Damerau-Levenshtein
 * distances, since an insertion, deletion or substitution changes it by at most one and a
 * transposition not at all; at O(|a| + |b|) it rules out most far-apart pairs before the O(|a|·|b|)
 * table is filled.
 *
 * @example
 * charactersApart('1234567', '7654321'); // 0 (same digits: the bound cannot tell)
 * charactersApart('kitten', 'sitting'); // 3 (s, i, g are not in 'kitten'; k, e are not in 'sitting')
 * charactersApart('abc', ''); // 3
 */
export function charactersApart(a: string, b: string): number {
	const tally = (counts ??= new Int32Array(65536));
	for (let i = 0; i < a.length; i++) tally[a.charCodeAt(i)]++;
	let onlyInB = 0;
	for (let j = 0; j < b.length; j++) {
		const c = b.charCodeAt(j);
		if (tally[c] > 0) tally[c]--;
		else onlyInB++;
	}
	// b only lowered slots that a had raised, so clearing a's slots clears them all.
	for (let i = 0; i < a.length; i++) tally[a.charCodeAt(i)] = 0;
	const onlyInA = a.length - (b.length - onlyInB);
	return onlyInA > onlyInB ? onlyInA : onlyInB;
}
