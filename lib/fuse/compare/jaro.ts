/**
 * Match marks of both strings, reused by every call and grown when a longer string comes. A
 * position is matched when its mark equals the call's stamp, so nothing needs clearing per call.
 */
let marksA = new Uint32Array(64);
let marksB = new Uint32Array(64);
let lastStamp = 0;

/**
 * Jaro similarity in 0..1, exactly as jellyfish (`jaro_similarity`, which recordlinkage uses) and
 * DuckDB's `jaro_similarity` (which Splink uses) compute it: characters match within
 * `max(|a|, |b|) / 2 − 1` positions, half the out-of-order matches (rounded down) are
 * transpositions, and the score is the mean of matches/|a|, matches/|b| and
 * (matches − transpositions)/matches.
 *
 * Compares UTF-16 code units (jellyfish compares graphemes and DuckDB bytes; they agree on the
 * Latin text of CRM records). Like jellyfish, a comparison with an empty string gives 0, even ''
 * with ''; compiled comparisons never get there, since they treat '' as a missing value.
 *
 * @example
 * jaro('MARTHA', 'MARHTA'); // 0.9444…
 * jaro('DIXON', 'DICKSONX'); // 0.7666…
 * jaro('', ''); // 0
 */
export function jaro(a: string, b: string): number {
	const lengthA = a.length;
	const lengthB = b.length;
	if (lengthA === 0 || lengthB === 0) return 0;
	if (a === b) return 1;
	if (lengthA > marksA.length || lengthB > marksB.length || lastStamp === 0xffffffff) {
		marksA = new Uint32Array(Math.max(marksA.length, lengthA * 2));
		marksB = new Uint32Array(Math.max(marksB.length, lengthB * 2));
		lastStamp = 0;
	}
	const stamp = ++lastStamp;
	const matchedA = marksA;
	const matchedB = marksB;

	const range = Math.max(0, (Math.max(lengthA, lengthB) >> 1) - 1);
	let matches = 0;
	for (let i = 0; i < lengthA; i++) {
		const c = a.charCodeAt(i);
		const high = i + range < lengthB - 1 ? i + range : lengthB - 1;
		for (let j = i > range ? i - range : 0; j <= high; j++) {
			if (matchedB[j] !== stamp && b.charCodeAt(j) === c) {
				matchedA[i] = stamp;
				matchedB[j] = stamp;
				matches++;
				break;
			}
		}
	}
	if (matches === 0) return 0;

	let outOfOrder = 0;
	for (let i = 0, k = 0; i < lengthA; i++) {
		if (matchedA[i] !== stamp) continue;
		while (matchedB[k] !== stamp) k++;
		if (a.charCodeAt(i) !== b.charCodeAt(k)) outOfOrder++;
		k++;
	}
	const transpositions = outOfOrder >> 1;
	return (matches / lengthA + matches / lengthB + (matches - transpositions) / matches) / 3;
}
