import type { Comparison } from './comparison';

/**
 * Splink 4's `EmailComparison` (splink/internals/comparison_library.py): null, exact match on the
 * address (with term frequencies, as Splink), exact match on the user name (before `@`),
 * Jaro-Winkler ≥ 0.88 on the address, Jaro-Winkler ≥ 0.88 on the user name, anything else.
 * Addresses are lower-cased and trimmed first, as every comparison's text is by default.
 *
 * @example
 * emailComparison('email').levels.map((level) => level.kind);
 * // ['null', 'exact', 'exact', 'jaroWinkler', 'jaroWinkler', 'else']
 */
export function emailComparison(field: string): Comparison {
	return {
		field,
		levels: [
			{ kind: 'null' },
			{ kind: 'exact', termFrequency: true },
			{ kind: 'exact', part: 'emailUser' },
			{ kind: 'jaroWinkler', threshold: 0.88 },
			{ kind: 'jaroWinkler', threshold: 0.88, part: 'emailUser' },
			{ kind: 'else' },
		],
	};
}
