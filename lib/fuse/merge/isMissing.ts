import { missingMatcher } from '../../clean/missing/missingMatcher';

/**
 * Whether a field value is missing for fusion and joining: null, undefined, NaN, `''` or
 * whitespace-only text (the default of `missingMatcher`, shared by all of lib/fuse). Built once
 * here so that every strategy agrees on it.
 *
 * @example
 * isMissing('  '); // true
 * isMissing(0); // false
 */
export const isMissing: (value: unknown) => boolean = missingMatcher();
