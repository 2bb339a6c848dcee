import { BOOLEAN_WORDS } from './booleanWords';
import { describeValue } from './describeValue';
import { failure, succeed, type ConversionResult } from './result';

export interface BooleanOptions {
	/** More words read as true, such as `'x'` or `'aktiv'`. Compared trimmed, ignoring case. */
	extraTrue?: string[];
	/** More words read as false. A word may not be in both lists. */
	extraFalse?: string[];
}

const BUILT_IN = new Map<string, boolean>(BOOLEAN_WORDS.flatMap((entry) => [...entry.true.map((w) => [w, true] as const), ...entry.false.map((w) => [w, false] as const)]));

/**
 * Converts yes/no style values to a boolean: booleans pass, the numbers 1 and 0, and the words in
 * {@link BOOLEAN_WORDS} (yes/no, y/n, 1/0, true/false, on/off, ja/nein, oui/non, si/no, …),
 * trimmed and ignoring case. Extra words take precedence over the built-in ones, so a caller can
 * give `'n'` a different meaning. Anything else, including an empty text, fails.
 *
 * @example
 * toBoolean(' Ja '); // { ok: true, value: true }
 * toBoolean('off'); // { ok: true, value: false }
 * toBoolean('x', { extraTrue: ['x'] }); // { ok: true, value: true }
 * toBoolean('maybe'); // { ok: false, reason: '"maybe" is not a yes/no value' }
 */
export function toBoolean(value: unknown, options: BooleanOptions = {}): ConversionResult<boolean> {
	if (typeof value === 'boolean') return succeed(value);
	if (value === 1 || value === 0) return succeed(value === 1);
	if (typeof value !== 'string') return failure(`${describeValue(value)} is not a yes/no value`);

	const word = normalise(value);
	const extraTrue = (options.extraTrue ?? []).map(normalise);
	const extraFalse = (options.extraFalse ?? []).map(normalise);
	const inTrue = extraTrue.includes(word);
	const inFalse = extraFalse.includes(word);
	if (inTrue && inFalse) return failure(`${describeValue(value)} is listed as both a true and a false word`);
	if (inTrue || inFalse) return succeed(inTrue);
	const builtIn = BUILT_IN.get(word);
	return builtIn === undefined ? failure(`${describeValue(value)} is not a yes/no value`) : succeed(builtIn);
}

function normalise(word: string): string {
	return word.trim().toLowerCase();
}
