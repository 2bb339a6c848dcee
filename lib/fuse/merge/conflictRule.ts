import type { Row } from '../../core/record';

/**
 * How one golden-record field is chosen among a cluster's values, declared as data so that a
 * node can store it as settings. The families follow Bleiholder & Naumann (2006): trust a source
 * (`sourcePriority`, `rules`), take the most recent or most complete, or resolve by value (`vote`,
 * `longest`, numbers, `concatUnique`). Every strategy skips missing values (null, undefined, NaN,
 * `''`, whitespace-only text) unless a rule says `when: 'always'`.
 *
 * - `sourcePriority`: the first source in `order` whose member has a value; members of sources not
 *   in `order` come after all listed ones, in member order, so data is never dropped.
 * - `mostRecent`: the value of the member with the latest `updatedAtField` (ISO 8601 text, `Date`,
 *   epoch milliseconds or any numbers, see `readTimestamp`); members without a readable one lose
 *   to every dated member; equal times go to the earlier member.
 * - `mostComplete`: the value of the member whose record has the most non-missing fields.
 * - `longest`: the longest text (trimmed, in code points); non-text values only when no text is there.
 * - `vote`: the most frequent value (equal as data: `1` and `'1'` differ); a tie goes to the value
 *   seen first.
 * - `average`, `min`, `max`, `sum`: numbers and plain number text (`' 12.5 '`); other values are
 *   ignored; null when there is no number.
 * - `weightedAverage`: `weights` per source name; a source without a weight counts 1, weight 0
 *   ignores a source.
 * - `concatUnique`: the distinct texts in member order, arrays flattened, joined by `separator`
 *   (default `', '`).
 * - `firstNonEmpty`: the first member (in member order) with a value.
 * - `rules`: tried in order; the last entry is an `otherwise` with another strategy.
 */
export type ConflictStrategy =
	| { strategy: 'sourcePriority'; order: string[] }
	| { strategy: 'mostRecent'; updatedAtField: string }
	| { strategy: 'mostComplete' }
	| { strategy: 'longest' }
	| { strategy: 'vote' }
	| { strategy: 'average' | 'min' | 'max' | 'sum' }
	| { strategy: 'weightedAverage'; weights: Record<string, number> }
	| { strategy: 'concatUnique'; separator?: string }
	| { strategy: 'firstNonEmpty' }
	| { strategy: 'rules'; rules: ConflictRule[] };

/**
 * One entry of a `rules` strategy: "if the member is from `source` (any member when omitted)
 * and, for `when: 'notEmpty'` (default), its value is not missing, use its value", or the final
 * `otherwise`. With `when: 'always'` the source's value is used even when missing (the golden
 * value is then null): that source is trusted to know a field is empty. A rule whose source has
 * no member in the cluster is passed over.
 */
export type ConflictRule = { source?: string; when?: 'notEmpty' | 'always'; use: 'value' } | { otherwise: ConflictStrategy };

/** A strategy for every field (`default`), and per-field exceptions. */
export interface FusionPolicy {
	default: ConflictStrategy;
	fields?: Record<string, ConflictStrategy>;
}

/** One record of a cluster: its data, its source's name, and its position in the input (for lineage). */
export interface ClusterMember {
	record: Row;
	source: string;
	index: number;
}

/** What a strategy chose: the value, and the positions (in the member list) of the members that gave it. */
export interface Picked {
	value: unknown;
	from: number[];
}

/** A resolved field: the value, the member positions that gave it, and the strategy that decided (for lineage). */
export interface FieldResolution extends Picked {
	strategy: string;
}

/** Every strategy name, for checking settings and for a node's options. */
export const CONFLICT_STRATEGIES: readonly ConflictStrategy['strategy'][] = [
	'sourcePriority',
	'mostRecent',
	'mostComplete',
	'longest',
	'vote',
	'average',
	'min',
	'max',
	'sum',
	'weightedAverage',
	'concatUnique',
	'firstNonEmpty',
	'rules',
];
