/**
 * Fills missing values with the nearest earlier (`'forward'`) or later (`'backward'`) value
 * that is not missing: the shared loop of `forwardFill` and `backFill`. With `limit`, at most
 * that many consecutive missing values are filled after each source value, the rest of a longer
 * gap is left as it was, as pandas `ffill(limit=n)`/`bfill(limit=n)`. A gap with no source value
 * (leading for forward, trailing for backward) stays. Returns a new array and how many values
 * were filled. Throws a RangeError unless `limit` is a whole number ≥ 1 (pandas refuses 0 too).
 *
 * @example
 * fillFromNeighbour([null, 1, null, null], (v) => v === null, 'forward', 1);
 * // { values: [null, 1, 1, null], filled: 1 }
 */
export function fillFromNeighbour(
	values: unknown[],
	isMissing: (value: unknown) => boolean,
	direction: 'forward' | 'backward',
	limit?: number,
): { values: unknown[]; filled: number } {
	if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) {
		throw new RangeError(`The fill limit must be a whole number of at least 1, got ${limit}`);
	}
	const maximumRun = limit ?? Infinity;
	const length = values.length;
	const result = values.slice();
	const forward = direction === 'forward';
	let filled = 0;
	let source: unknown;
	let hasSource = false;
	let run = 0;
	for (let step = 0; step < length; step++) {
		const index = forward ? step : length - 1 - step;
		const value = values[index];
		if (!isMissing(value)) {
			source = value;
			hasSource = true;
			run = 0;
		} else if (hasSource && ++run <= maximumRun) {
			result[index] = source;
			filled++;
		}
	}
	return { values: result, filled };
}
