import { fingerprintText } from './fingerprintText';

/**
 * OpenRefine's n-gram fingerprint key (default n = 2), which also clusters values that differ by
 * spaces inside words ("Paris" and "Pa ris"): the text is cleaned as by {@link fingerprint}, all
 * whitespace is removed, and the distinct n-grams are sorted and joined with nothing between them.
 * Text shorter than `n` has no n-grams and gives `''`.
 *
 * N-grams are taken over code points; OpenRefine takes them over UTF-16 units, which is the same
 * except for characters outside the Basic Multilingual Plane (emoji), which it would cut in half.
 *
 * @example
 * ngramFingerprint('Paris'); // 'arispari'
 * ngramFingerprint('Paris', 1); // 'aiprs'
 * ngramFingerprint('banana'); // 'anbana'
 */
export function ngramFingerprint(text: string, n = 2): string {
	if (!Number.isInteger(n) || n < 1) throw new RangeError(`the n-gram size must be a whole number of at least 1, not ${n}`);
	const compact = fingerprintText(text).replace(/ /g, '');
	const characters = Array.from(compact);
	const grams = new Set<string>();
	for (let i = 0; i + n <= characters.length; i++) grams.add(characters.slice(i, i + n).join(''));
	return [...grams].sort().join('');
}
