/**
 * Splits a field path into the keys to walk. A row's own key that equals the whole path wins over
 * the dotted reading, so a flat column literally named `"address.zip"` is still reachable; only
 * when there is no such key is the path split on `.`. Paths have no escape syntax: a nested key
 * that itself contains a dot cannot be addressed.
 *
 * @example
 * pathSegments({ 'a.b': 1 }, 'a.b'); // ['a.b']
 * pathSegments({ a: { b: 1 } }, 'a.b'); // ['a', 'b']
 */
export function pathSegments(row: Record<string, unknown>, path: string): string[] {
	if (Object.hasOwn(row, path) || !path.includes('.')) return [path];
	return path.split('.');
}

/** Whether `segment` is how `String()` writes an array index (`'0'`, `'12'`, not `'01'` or `'-1'`). */
export function isIndexSegment(segment: string): boolean {
	return /^(0|[1-9]\d*)$/.test(segment);
}
