import { FormatError } from '../../core/formatError';

/**
 * The error for an input over `maxInputBytes`, the same words for every format.
 *
 * @example
 * throw inputTooLarge(1024); // FormatError "The input is larger than the limit of 1024 bytes (maxInputBytes)"
 */
export function inputTooLarge(maxInputBytes: number): FormatError {
	return new FormatError(`The input is larger than the limit of ${maxInputBytes} bytes (maxInputBytes)`);
}

/**
 * The UTF-8 size of `text` when it matters for a limit of `max` bytes: exact near the limit,
 * skipped when the length alone decides (a UTF-16 code unit is 1 to 3 UTF-8 bytes).
 *
 * @example
 * exceedsUtf8Bytes('héllo', 5); // true: 6 bytes
 * exceedsUtf8Bytes('hello', 5); // false
 */
export function exceedsUtf8Bytes(text: string, max: number): boolean {
	if (text.length > max) return true;
	if (text.length * 3 <= max) return false;
	return Buffer.byteLength(text, 'utf8') > max;
}
