/**
 * A comma-separated list as its trimmed, non-empty parts (a list passed by an expression is
 * taken as is).
 *
 * @example
 * splitList(' a, b ,, c'); // ['a', 'b', 'c']
 */
export function splitList(text: unknown): string[] {
	if (Array.isArray(text)) return text.map(String).filter(Boolean);
	return String(text ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
}
