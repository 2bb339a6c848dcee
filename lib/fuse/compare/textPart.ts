import type { TextPart } from './comparison';

/**
 * The part of a (normalised) text that a level with `part` compares, or `undefined` if the text
 * has no such part. Mirrors Splink's `EmailComparison` regexes: the user is `^[^@]+` (the whole
 * text when there is no `@`), the domain is `@([^@]+)$`.
 *
 * @example
 * textPart('john.smith@example.com', 'emailUser'); // 'john.smith'
 * textPart('john.smith@example.com', 'emailDomain'); // 'example.com'
 * textPart('john.smith', 'emailDomain'); // undefined
 */
export function textPart(text: string, part: TextPart): string | undefined {
	if (part === 'emailUser') {
		const at = text.indexOf('@');
		if (at === 0) return undefined;
		return at < 0 ? text : text.slice(0, at);
	}
	const at = text.lastIndexOf('@');
	return at < 0 || at === text.length - 1 ? undefined : text.slice(at + 1);
}
