import type { Row } from '../core/record';
import { readPath } from '../restructure/readPath';
import { writePath } from '../restructure/writePath';
import type { ConversionResult } from './result';
import { toBoolean, type BooleanOptions } from './toBoolean';
import { toDate, type DateOptions } from './toDate';
import { toInteger, type IntegerOptions } from './toInteger';
import { toNumber, type NumberOptions } from './toNumber';
import { toText } from './toText';

/** One field to convert: its path (`amount`, `address.zip`), the target type and that type's options. */
export type ConversionRule =
	| { field: string; to: 'number'; options?: NumberOptions }
	| { field: string; to: 'integer'; options?: IntegerOptions }
	| { field: string; to: 'boolean'; options?: BooleanOptions }
	| { field: string; to: 'date'; options?: DateOptions }
	| { field: string; to: 'string'; options?: undefined };

/** A value that could not be converted, for the item's error or its `_conversionErrors`. */
export interface ConversionError {
	field: string;
	value: unknown;
	reason: string;
}

/** The converter of each target type; `options` is the rule's, typed by the rule. */
const CONVERTERS: Record<ConversionRule['to'], (value: unknown, options?: never) => ConversionResult<unknown>> = {
	number: toNumber,
	integer: toInteger,
	boolean: toBoolean,
	date: toDate,
	string: toText,
};

/**
 * Converts fields of a row by rules, applied in order, and returns a new row with every value
 * that could not be converted listed in `errors`. The input row is never changed.
 *
 * Skipped, and not errors: a field that is missing or `undefined`, and a field that is `null`,
 * which stays `null` whatever the target type, since it already says "no value" (call `toText`
 * directly to get `''`). An empty or blank text (a CSV's empty cell) becomes `null` for every
 * type but `string`: an empty cell means "no value", and failing every row that has one would
 * make the conversion useless on real exports.
 *
 * - `'keep'`: converts what it can; a value that fails stays as it was.
 * - `'fail'`: all or nothing; if anything fails, `row` is an unconverted copy of the input, and
 *   `errors` still lists every failure so the caller can name them all when failing the item.
 *
 * @example
 * convertFields({ amount: '1.234,5', address: { zip: 10115 } }, [
 * 	{ field: 'amount', to: 'number', options: { locale: 'de' } },
 * 	{ field: 'address.zip', to: 'string' },
 * ], 'fail');
 * // { row: { amount: 1234.5, address: { zip: '10115' } }, errors: [] }
 */
export function convertFields(
	row: Row,
	rules: readonly ConversionRule[],
	onError: 'fail' | 'keep',
): { row: Row; errors: ConversionError[] } {
	let out: Row = { ...row };
	const errors: ConversionError[] = [];
	for (const rule of rules) {
		const lookup = readPath(out, rule.field);
		if (!lookup.found || lookup.value === undefined || lookup.value === null) continue;
		const convert = Object.hasOwn(CONVERTERS, rule.to) ? CONVERTERS[rule.to] : undefined;
		if (convert === undefined) {
			errors.push({ field: rule.field, value: lookup.value, reason: `"${String(rule.to)}" is not a type to convert to` });
			continue;
		}
		if (rule.to !== 'string' && isBlank(lookup.value)) {
			out = writePath(out, rule.field, null);
			continue;
		}
		const result = convert(lookup.value, rule.options as never);
		if (result.ok) out = writePath(out, rule.field, result.value);
		else errors.push({ field: rule.field, value: lookup.value, reason: result.reason });
	}
	return { row: onError === 'fail' && errors.length > 0 ? { ...row } : out, errors };
}

function isBlank(value: unknown): boolean {
	return typeof value === 'string' && value.trim() === '';
}
