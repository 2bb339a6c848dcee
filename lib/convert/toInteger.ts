import { describeValue } from './describeValue';
import { failure, succeed, type ConversionResult } from './result';
import { toNumber, type NumberOptions } from './toNumber';

export interface IntegerOptions extends NumberOptions {
	/**
	 * What to do with a fraction: `'none'` (default) fails, `'round'` rounds half away from zero
	 * (2.5 → 3, −2.5 → −3), `'floor'` and `'ceil'` round down and up.
	 */
	round?: 'none' | 'round' | 'floor' | 'ceil';
}

/** Rounding functions by option name; `Math.round` is not used because it rounds −2.5 to −2. */
const ROUNDING: Record<Exclude<IntegerOptions['round'], 'none' | undefined>, (n: number) => number> = {
	round: (n) => Math.sign(n) * Math.round(Math.abs(n)),
	floor: Math.floor,
	ceil: Math.ceil,
};

/**
 * Converts like {@link toNumber}, then requires a whole number that JavaScript holds exactly
 * (at most 2^53 − 1 in size), rounding first if asked.
 *
 * @example
 * toInteger('1.234', { locale: 'de' }); // { ok: true, value: 1234 }
 * toInteger('12.5'); // { ok: false, reason: '"12.5" is not a whole number' }
 * toInteger('12.5', { round: 'floor' }); // { ok: true, value: 12 }
 */
export function toInteger(value: unknown, options: IntegerOptions = {}): ConversionResult<number> {
	const number = toNumber(value, options);
	if (!number.ok) return number;
	const round = options.round ?? 'none';
	const integer = round === 'none' ? number.value : ROUNDING[round](number.value);
	if (!Number.isInteger(integer)) return failure(`${describeValue(value)} is not a whole number`);
	if (!Number.isSafeInteger(integer)) return failure(`${describeValue(value)} is too large to be an exact whole number`);
	// Normalise -0 (from rounding -0.4 or from "-0") so it never shows up as "-0" downstream.
	return succeed(integer === 0 ? 0 : integer);
}
