import { atThresholds } from './atThresholds';
import type { Comparison } from './comparison';

/**
 * Splink's `ExactMatch`: null, exact match, anything else
 * (splink/internals/comparison_library.py). `termFrequency` makes a match on a rare value count
 * more than one on a common value, as Splink's term-frequency adjustment.
 *
 * @example
 * exactMatch('street_number', { termFrequency: true });
 * // { field: 'street_number', levels: [{ kind: 'null' }, { kind: 'exact', termFrequency: true }, { kind: 'else' }] }
 */
export function exactMatch(field: string, options: { termFrequency?: boolean } = {}): Comparison {
	return atThresholds(field, [], options.termFrequency);
}
