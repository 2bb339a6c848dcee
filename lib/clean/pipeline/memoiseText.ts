/** Entries kept at most; past this the cache stops growing (values seen so far keep their hits). */
const MAX_ENTRIES = 100_000;
/** Values looked at before deciding whether the cache pays. */
const TRIAL = 10_000;
/** The share of repeats under which a field is treated as all-distinct (emails, ids) and not cached. */
const MIN_REPEAT_SHARE = 0.25;

/**
 * Wraps a text-to-text function with a cache for one field, for CRM columns that repeat the same
 * few values (cities, companies, job titles, first names): a repeated value costs one hash
 * lookup instead of regular expressions. After the first 10,000 values, a field with fewer than a
 * quarter repeats (emails, ids) stops using the cache, so it pays nothing for misses.
 *
 * @example
 * const title = memoiseText((text) => changeCase(text, 'title'));
 * title('ANNA'); // 'Anna' (computed)
 * title('ANNA'); // 'Anna' (from the cache)
 */
export function memoiseText(apply: (text: string) => string): (text: string) => string {
	const cache = new Map<string, string>();
	let seen = 0;
	let hits = 0;
	let enabled = true;
	return (text) => {
		if (!enabled) return apply(text);
		seen++;
		const known = cache.get(text);
		if (known !== undefined) {
			hits++;
			return known;
		}
		if (seen === TRIAL && hits < TRIAL * MIN_REPEAT_SHARE) {
			enabled = false;
			cache.clear();
			return apply(text);
		}
		const result = apply(text);
		if (cache.size < MAX_ENTRIES) cache.set(text, result);
		return result;
	};
}
