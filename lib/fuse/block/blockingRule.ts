/**
 * How a blocking key reads its field before comparing:
 * - `exact`: the value's text as is (numbers as their decimal text, so `2000` and `'2000'` agree);
 * - `lower`: lower-cased, trimmed, whitespace runs collapsed to one space;
 * - `firstN`: the first `n` characters of the `lower` text;
 * - `soundex`: American Soundex of the text (`Robert` and `Rupert` agree);
 * - `fingerprint`: OpenRefine's fingerprint (`'Cruise, Tom'` and `'tom cruise'` agree);
 * - `digits`: the digits only (phone numbers written differently agree).
 */
export type BlockingTransform = 'exact' | 'lower' | 'firstN' | 'soundex' | 'fingerprint' | 'digits';

/** Every {@link BlockingTransform}, for validation and option lists. */
export const BLOCKING_TRANSFORMS: readonly BlockingTransform[] = ['exact', 'lower', 'firstN', 'soundex', 'fingerprint', 'digits'];

/**
 * One part of a blocking rule: two records agree on it when the left record's `field` equals
 * the right record's `otherField` (default: the same `field`) after `transform` (default `exact`).
 * `n` is the number of characters for `firstN`.
 */
export type BlockingKey = { field: string; otherField?: string; transform?: BlockingTransform; n?: number };

/**
 * A blocking rule, as a Splink equi-join: two records are a candidate pair when they agree on
 * every key. Keys with `otherField` make cross-field rules, such as Splink's name swap
 * `l.given_name = r.surname and l.surname = r.given_name`:
 * `{ keys: [{ field: 'given_name', otherField: 'surname' }, { field: 'surname', otherField: 'given_name' }] }`.
 * `name` labels the rule in reports and errors (default: {@link ruleName}).
 */
export type BlockingRule = { name?: string; keys: BlockingKey[] };
