/**
 * How many values before and after position i a rolling window of `window` values covers, as
 * pandas `rolling(window, center=...)`: trailing windows end at i; centred windows have
 * ⌊(window − 1)/2⌋ values after i and the rest before, so an even window takes its extra value
 * from the left (pandas `FixedWindowIndexer`: end = i + 1 + (window − 1) // 2). Throws a
 * RangeError unless `window` is a whole number ≥ 1.
 *
 * @example
 * rollingWindowSpan(3, false); // { before: 2, after: 0 }
 * rollingWindowSpan(4, true); // { before: 2, after: 1 }
 */
export function rollingWindowSpan(window: number, centred: boolean): { before: number; after: number } {
	if (!(Number.isInteger(window) && window >= 1)) {
		throw new RangeError(`The window must be a whole number of at least 1, got ${window}`);
	}
	const after = centred ? (window - 1) >> 1 : 0;
	return { before: window - 1 - after, after };
}
