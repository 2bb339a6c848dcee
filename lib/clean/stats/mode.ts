/**
 * The most frequent value of a column, ignoring values `isMissing` accepts; `undefined` when
 * every value is missing. Values are equal as in a `Map` (SameValueZero: `1` and `'1'` differ,
 * objects are equal only to themselves). A tie goes to the smallest value, as pandas
 * `Series.mode()[0]` (its modes come sorted): numbers by value, before text by UTF-16 code unit
 * order, before `false`, before `true`; among other tied values the first seen wins.
 *
 * simple-statistics `modeFast` is not used: its ties go to the value that reached the count first.
 *
 * @example
 * mode(['b', 'a', 'b', 'a', null], (value) => value === null); // 'a'
 * mode([2, '1', 2, '1'], () => false); // 2
 */
export function mode(values: unknown[], isMissing: (value: unknown) => boolean): unknown {
	const counts = new Map<unknown, number>();
	let highest = 0;
	for (let index = 0; index < values.length; index++) {
		const value = values[index];
		if (isMissing(value)) continue;
		const count = (counts.get(value) ?? 0) + 1;
		counts.set(value, count);
		if (count > highest) highest = count;
	}
	if (highest === 0) return undefined;
	let winner: unknown;
	let found = false;
	// Map iteration follows first insertion, so "not smaller" keeps the first seen.
	for (const [value, count] of counts) {
		if (count === highest && (!found || sortsBefore(value, winner))) {
			winner = value;
			found = true;
		}
	}
	return winner;
}

/** Whether `a` comes strictly before `b` in the tie order of {@link mode}. */
function sortsBefore(a: unknown, b: unknown): boolean {
	const rankA = typeRank(a);
	const rankB = typeRank(b);
	if (rankA !== rankB) return rankA < rankB;
	if (rankA === 0) {
		// NaN (when the caller does not count it missing) sorts after every number, as numpy does.
		if ((b as number) !== (b as number)) return (a as number) === (a as number);
		return (a as number) < (b as number);
	}
	if (rankA === 1) return (a as string) < (b as string);
	if (rankA === 2) return a === false && b === true;
	return false;
}

function typeRank(value: unknown): number {
	switch (typeof value) {
		case 'number':
			return 0;
		case 'string':
			return 1;
		case 'boolean':
			return 2;
		default:
			return 3;
	}
}
