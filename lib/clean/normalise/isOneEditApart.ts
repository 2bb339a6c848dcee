/**
 * Whether two texts are exactly one edit apart in the restricted Damerau–Levenshtein (optimal
 * string alignment) sense: one character inserted, deleted or replaced, or two neighbours
 * swapped. Compares UTF-16 code units without building substrings, because it runs against
 * every candidate for many values; a full distance is not needed to answer "one or not".
 *
 * @example
 * isOneEditApart('gmial.com', 'gmail.com'); // true (swap)
 * isOneEditApart('gmai.com', 'gmail.com'); // true (deletion)
 * isOneEditApart('gmail.com', 'gmail.com'); // false (no edit)
 * isOneEditApart('gmx.de', 'gmail.com'); // false
 */
export function isOneEditApart(a: string, b: string): boolean {
	const lengthA = a.length;
	const lengthB = b.length;
	if (lengthA - lengthB > 1 || lengthB - lengthA > 1) return false;
	let start = 0;
	const shorter = Math.min(lengthA, lengthB);
	while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
	if (start === shorter && lengthA === lengthB) return false;
	// Match from the end too; what differs must then be one substitution, insertion or swap.
	let endA = lengthA;
	let endB = lengthB;
	while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
		endA--;
		endB--;
	}
	const differA = endA - start;
	const differB = endB - start;
	if (differA + differB <= 2 && differA <= 1 && differB <= 1) return true;
	return differA === 2 && differB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}
