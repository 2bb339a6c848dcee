/** Which field values count as missing, besides `null`, `undefined` and `NaN`, which always do. */
export interface MissingSpec {
	/** `''` counts as missing. Default `true`. */
	emptyText?: boolean;
	/** Text of only whitespace (as `String.prototype.trim` defines it) counts as missing. Default `true`. */
	whitespace?: boolean;
	/**
	 * Placeholder texts that count as missing, such as `['N/A', 'null', '-']`, compared trimmed and
	 * case-insensitively. Tokens that are empty once trimmed are ignored: `emptyText` and
	 * `whitespace` decide about those. Default `[]`.
	 */
	tokens?: string[];
}

/**
 * Builds the test for missing values once, so that checking a million values is one cheap call
 * each. `null`, `undefined` and `NaN` are always missing; text is missing as `spec` says; other
 * values (numbers, booleans, `0`, `false`, objects, empty lists) never are. Unlike pandas, where
 * only `None`/`NaN` are missing, CRM exports mark gaps with `''` or `'N/A'`, hence the options.
 *
 * @example
 * const isMissing = missingMatcher({ tokens: ['N/A', '-'] });
 * isMissing(' n/a '); // true
 * isMissing('   '); // true
 * isMissing(0); // false
 */
export function missingMatcher(spec: MissingSpec = {}): (value: unknown) => boolean {
	const emptyText = spec.emptyText ?? true;
	const whitespace = spec.whitespace ?? true;
	const tokens = new Set<string>();
	let longestToken = 0;
	for (const token of spec.tokens ?? []) {
		const normalised = token.trim().toLowerCase();
		if (normalised === '') continue;
		tokens.add(normalised);
		longestToken = Math.max(longestToken, normalised.length);
	}

	return (value: unknown): boolean => {
		if (value === null || value === undefined) return true;
		if (typeof value === 'number') return value !== value;
		if (typeof value !== 'string') return false;
		if (value === '') return emptyText;
		if (tokens.size === 0) {
			if (!whitespace) return false;
			// Most text starts with a visible ASCII character: no need to trim it.
			const first = value.charCodeAt(0);
			if (first > 0x20 && first < 0x7f) return false;
			return value.trim() === '';
		}
		// Text that starts and ends with a visible ASCII character needs no trimming, and text
		// longer than every token is none of them: most values are decided without allocating.
		const first = value.charCodeAt(0);
		const last = value.charCodeAt(value.length - 1);
		if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) {
			return value.length <= longestToken && tokens.has(value.toLowerCase());
		}
		// Find the trimmed bounds without building the trimmed text: only text short enough to be
		// a token is cut out and compared.
		let start = 0;
		let end = value.length;
		while (start < end && isTrimmedAway(value.charCodeAt(start))) start++;
		if (start === end) return whitespace;
		while (isTrimmedAway(value.charCodeAt(end - 1))) end--;
		return end - start <= longestToken && tokens.has(value.slice(start, end).toLowerCase());
	};
}

/** Whether `String.prototype.trim` removes this UTF-16 code unit (white space and line terminators). */
function isTrimmedAway(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}
