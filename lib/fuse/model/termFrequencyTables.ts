import type { CompiledComparison } from '../compare/comparison';
import { termFrequencies } from './termFrequencies';

/**
 * The term-frequency table of every comparison that asks for one (an `exact` level with
 * `termFrequency: true`), `undefined` for the others: the `tf` argument of `scorePairs` and
 * `explainPair`.
 *
 * @example
 * termFrequencyTables([givenName, dateOfBirth], records.length); // [Map { 'jack' => 0.0121, … }, undefined]
 */
export function termFrequencyTables(comparisons: CompiledComparison[], n: number): Array<Map<string, number> | undefined> {
	return comparisons.map((comparison) =>
		comparison.levels.some((level) => level.kind === 'exact' && level.termFrequency === true) ? termFrequencies(comparison, n) : undefined,
	);
}
