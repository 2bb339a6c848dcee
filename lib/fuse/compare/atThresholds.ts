import type { Comparison, ComparisonLevel } from './comparison';

/**
 * The shape every threshold preset of Splink's comparison library shares: a null level, an
 * exact match (optionally with term frequencies), the given levels in order, and an else level.
 *
 * @example
 * atThresholds('city', [{ kind: 'jaroWinkler', threshold: 0.9 }]).levels.map((level) => level.kind);
 * // ['null', 'exact', 'jaroWinkler', 'else']
 */
export function atThresholds(field: string, levels: ComparisonLevel[], termFrequency = false): Comparison {
	return { field, levels: [{ kind: 'null' }, { kind: 'exact', termFrequency }, ...levels, { kind: 'else' }] };
}
