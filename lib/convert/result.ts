/**
 * The outcome of converting one value. A bad value is an ordinary outcome, not an exception:
 * the caller decides whether it fails the item or keeps the value, and `reason` is a short
 * sentence it can show as is.
 */
export type ConversionResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * A successful {@link ConversionResult}.
 *
 * @example
 * succeed(42); // { ok: true, value: 42 }
 */
export function succeed<T>(value: T): ConversionResult<T> {
	return { ok: true, value };
}

/**
 * A failed {@link ConversionResult}; it has no `value`, so it fits a `ConversionResult<T>` of any `T`.
 *
 * @example
 * failure('"abc" is not a number'); // { ok: false, reason: '"abc" is not a number' }
 */
export function failure(reason: string): { ok: false; reason: string } {
	return { ok: false, reason };
}
