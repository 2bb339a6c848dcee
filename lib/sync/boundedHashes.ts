/**
 * The hashes to keep for the next run's change detection: the previous ones, with the hashes of
 * the records synced now moved to the end as the most recent, and the oldest dropped beyond
 * `maxEntries`. Previous entries come first in their stored order, oldest first, except that a
 * JavaScript object always lists integer-like keys first, so among previous entries those with
 * numeric keys may go before older ones. Records synced now are dropped only when they alone
 * exceed the bound, the earliest first.
 *
 * @example
 * boundedHashes({ a: '1', b: '2' }, new Map([['a', '3'], ['c', '4']]), 2); // { a: '3', c: '4' } (b dropped)
 */
export function boundedHashes(previous: Record<string, string>, synced: ReadonlyMap<string, string>, maxEntries: number): Record<string, string> {
	if (!Number.isInteger(maxEntries) || maxEntries < 0) throw new RangeError(`maxEntries must be a whole number, got ${String(maxEntries)}`);
	const entries: Array<[string, string]> = [];
	for (const [key, hash] of Object.entries(previous)) if (!synced.has(key)) entries.push([key, hash]);
	for (const entry of synced) entries.push(entry);
	const kept = entries.slice(Math.max(0, entries.length - maxEntries));
	const out: Record<string, string> = {};
	// defineProperty, so a record key like "__proto__" is stored as data.
	for (const [key, hash] of kept) Object.defineProperty(out, key, { value: hash, enumerable: true, writable: true, configurable: true });
	return out;
}
