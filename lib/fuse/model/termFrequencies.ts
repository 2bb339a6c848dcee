import type { CompiledComparison } from '../compare/comparison';

/**
 * Each value's term frequency: the share of records with a value that have this one, computed
 * over all records of every source (Splink's `count(*) / count(column)`, missing values not
 * counted). Keys are the comparison's normalised exact values (`valueKey`), so `'Smith'` and
 * `' smith'` count together when the comparison normalises.
 *
 * @example
 * termFrequencies(surnameComparison, 4); // records smith, smith, jones, (missing)
 * // Map { 'smith' => 0.6667, 'jones' => 0.3333 }
 */
export function termFrequencies(comparison: CompiledComparison, n: number): Map<string, number> {
	const counts = new Map<string, number>();
	let present = 0;
	for (let i = 0; i < n; i++) {
		const key = comparison.valueKey(i);
		if (key === undefined) continue;
		present++;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	for (const [key, count] of counts) counts.set(key, count / present);
	return counts;
}
