import { describeValue } from '../../convert/describeValue';
import { NAMED_DATE_FORMATS } from '../../convert/namedDateFormats';
import type { ConversionResult } from '../../convert/result';
import { toDate } from '../../convert/toDate';
import { isPlainObject } from '../../restructure/isPlainObject';
import { normaliseDate } from '../normalise/normaliseDate';
import { normaliseEmail } from '../normalise/normaliseEmail';
import { normalisePhone } from '../normalise/normalisePhone';
import { toFiniteNumber } from '../stats/toFiniteNumber';
import type { ValidationRule, ValueType } from './validationRule';

/** A rule ready to run: `check` gives the issue message for a present value, or `undefined` if it passes. */
export type CompiledRule =
	| { field: string; rule: 'required' | 'unique' }
	| { field: string; rule: string; check: (value: unknown) => string | undefined };

/**
 * Longest text a `regex` rule tests; longer values fail. Patterns come from users, and a
 * backtracking pattern on a long value can run for minutes; capping the input bounds that
 * for everything but truly exponential patterns.
 */
export const MAX_REGEX_INPUT = 10_000;

/** Longest excerpt of a pattern or list quoted in an issue message. */
const MAX_QUOTED = 60;

const TYPE_CHECKS: Readonly<Record<ValueType, (value: unknown) => boolean>> = {
	string: (value) => typeof value === 'string',
	number: (value) => typeof value === 'number',
	integer: (value) => Number.isInteger(value),
	boolean: (value) => typeof value === 'boolean',
	date: (value) =>
		value instanceof Date ? !Number.isNaN(value.getTime()) : typeof value === 'string' && NAMED_DATE_FORMATS.iso(value.trim())?.ok === true,
	array: (value) => Array.isArray(value),
	object: isPlainObject,
};

const TYPE_NAMES: Readonly<Record<ValueType, string>> = {
	string: 'a string',
	number: 'a number',
	integer: 'an integer',
	boolean: 'a boolean',
	date: 'a date',
	array: 'an array',
	object: 'an object',
};

/**
 * Checks one validation rule and prepares it to run: the regular expression compiled once, the
 * limit read once, the allowed values put in a set. Throws an `Error` naming the rule's position,
 * kind and field for a bad rule: no field, an unknown rule or type, an invalid regular expression,
 * a `min`/`max` limit that is neither a number nor an ISO 8601 date, a negative or fractional
 * length, an empty `oneOf` list, an unknown default country or date format.
 *
 * What each rule accepts (missing values never reach `check`):
 * - `type`: the JSON type strictly: `'12'` is not a number; `integer` is a number without
 *   fraction; `date` a valid `Date` or text that reads as ISO 8601.
 * - `regex`: text, numbers and booleans as their text, at most {@link MAX_REGEX_INPUT} characters;
 *   flags `g` and `y` are ignored (they would make the test depend on the previous value).
 * - `min`/`max`: numbers and plain number text (`'12.5'`), compared as numbers; with a date
 *   limit, dates as `toDate` reads them with `inputFormats`, compared as instants. Inclusive
 *   unless `exclusive`.
 * - `minLength`/`maxLength`: the length of text in characters (code points), of numbers and
 *   booleans as text, of arrays in items.
 * - `oneOf`: equal to a listed value (`===`, NaN equal to NaN); a number or boolean also matches
 *   its text (`1` matches `'1'`), as lists typed in a form are text; with `caseSensitive: false`
 *   text is compared lower-cased.
 * - `email`, `phone`, `date`: the value normalises without failure.
 *
 * @example
 * const rule = compileValidationRule({ field: 'age', rule: 'max', limit: 130 }, 0);
 * 'check' in rule && rule.check(150); // 'must be at most 130'
 * compileValidationRule({ field: 'zip', rule: 'regex', pattern: '^(\\d{5}' }, 2);
 * // throws: 'Validation rule 3 (regex on field "zip"): /^(\d{5}/ is not a valid regular expression: …'
 */
export function compileValidationRule(rule: ValidationRule, index: number): CompiledRule {
	const raw = rule as unknown as Record<string, unknown>;
	const where = `Validation rule ${index + 1} (${String(raw?.rule)} on field "${String(raw?.field)}")`;
	const bad = (why: string) => new Error(`${where}: ${why}`);
	if (!isPlainObject(raw)) throw new Error(`Validation rule ${index + 1} is not an object`);
	if (typeof rule.field !== 'string' || rule.field === '') throw bad('it names no field');
	const field = rule.field;

	switch (rule.rule) {
		case 'required':
		case 'unique':
			return { field, rule: rule.rule };
		case 'type': {
			if (!Object.hasOwn(TYPE_CHECKS, rule.type)) throw bad(`type must be one of ${Object.keys(TYPE_CHECKS).join(', ')}`);
			const test = TYPE_CHECKS[rule.type];
			const message = `must be ${TYPE_NAMES[rule.type]}`;
			return { field, rule: 'type', check: (value) => (test(value) ? undefined : message) };
		}
		case 'regex':
			return { field, rule: 'regex', check: regexCheck(rule.pattern, rule.flags, bad) };
		case 'min':
		case 'max':
			return { field, rule: rule.rule, check: limitCheck(rule, bad) };
		case 'minLength':
		case 'maxLength':
			return { field, rule: rule.rule, check: lengthCheck(rule.rule, rule.limit, bad) };
		case 'oneOf':
			return { field, rule: 'oneOf', check: oneOfCheck(rule.values, rule.caseSensitive ?? true, bad) };
		case 'email':
			return { field, rule: 'email', check: (value) => issueFrom(normaliseEmail(value), value) };
		case 'phone': {
			const options = { defaultCountry: rule.defaultCountry };
			// The probe is a valid number anywhere, so only a bad default country can fail it.
			const probe = normalisePhone('+1 201 555 0123', options);
			if (!probe.ok) throw bad(probe.reason);
			return { field, rule: 'phone', check: (value) => issueFrom(normalisePhone(value, options), value) };
		}
		case 'date': {
			const options = { inputFormats: checkedFormats(rule.inputFormats, bad) };
			return { field, rule: 'date', check: (value) => issueFrom(normaliseDate(value, options), value) };
		}
		default:
			throw bad('the rule must be one of required, type, regex, min, max, minLength, maxLength, oneOf, email, phone, date, unique');
	}
}

/** A normaliser's reason as an issue message: the value is in the issue already, so the reason's opening name of it goes. */
function issueFrom(result: ConversionResult<string>, value: unknown): string | undefined {
	if (result.ok) return undefined;
	const prefix = `${describeValue(value)} `;
	return result.reason.startsWith(prefix) ? result.reason.slice(prefix.length) : result.reason;
}

function excerpt(text: string): string {
	return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}

function regexCheck(pattern: unknown, flags: unknown, bad: (why: string) => Error): (value: unknown) => string | undefined {
	if (typeof pattern !== 'string' || pattern === '') throw bad('it has no pattern');
	let regex: RegExp;
	try {
		regex = new RegExp(pattern, typeof flags === 'string' ? flags.replace(/[gy]/g, '') : undefined);
	} catch (error) {
		throw bad(`/${excerpt(pattern)}/ is not a valid regular expression: ${(error as Error).message}`);
	}
	const message = `must match ${excerpt(pattern)}`;
	return (value) => {
		let text: string;
		if (typeof value === 'string') text = value;
		else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') text = String(value);
		else return message;
		if (text.length > MAX_REGEX_INPUT) return `is too long to match ${excerpt(pattern)} (over ${MAX_REGEX_INPUT} characters)`;
		return regex.test(text) ? undefined : message;
	};
}

function limitCheck(
	rule: Extract<ValidationRule, { rule: 'min' | 'max' }>,
	bad: (why: string) => Error,
): (value: unknown) => string | undefined {
	const isMin = rule.rule === 'min';
	const exclusive = rule.exclusive === true;
	const passes = (number: number, limit: number) => (isMin ? (exclusive ? number > limit : number >= limit) : exclusive ? number < limit : number <= limit);
	const numericLimit = toFiniteNumber(rule.limit);
	if (!Number.isNaN(numericLimit)) {
		const message = `must be ${isMin ? (exclusive ? 'greater than' : 'at least') : exclusive ? 'less than' : 'at most'} ${numericLimit}`;
		const notNumber = `must be a number ${message.slice('must be '.length)}`;
		return (value) => {
			const number = toFiniteNumber(value);
			if (Number.isNaN(number)) return notNumber;
			return passes(number, numericLimit) ? undefined : message;
		};
	}
	const limitText = typeof rule.limit === 'string' ? rule.limit.trim() : undefined;
	const limitDate = limitText === undefined ? undefined : toDate(limitText, { inputFormats: ['ISO'] });
	if (limitDate === undefined || !limitDate.ok) throw bad(`the limit ${describeValue(rule.limit)} is neither a number nor an ISO 8601 date`);
	const limitMs = Date.parse(limitDate.value);
	const dateOptions = { inputFormats: rule.inputFormats === undefined ? ['ISO'] : checkedFormats(rule.inputFormats, bad) };
	const message = `must be a date ${isMin ? (exclusive ? 'after' : 'on or after') : exclusive ? 'before' : 'on or before'} ${limitText}`;
	return (value) => {
		const date = toDate(value, dateOptions);
		return date.ok && passes(Date.parse(date.value), limitMs) ? undefined : message;
	};
}

function checkedFormats(formats: unknown, bad: (why: string) => Error): string[] {
	if (!Array.isArray(formats) || formats.length === 0 || !formats.every((format) => typeof format === 'string')) throw bad('it needs a list of input date formats');
	// A `Date` passes every valid format list, so a failure can only be the formats.
	const probe = normaliseDate(new Date(0), { inputFormats: formats });
	if (!probe.ok) throw bad(probe.reason);
	return formats;
}

function lengthCheck(rule: 'minLength' | 'maxLength', limit: unknown, bad: (why: string) => Error): (value: unknown) => string | undefined {
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) throw bad(`the length ${describeValue(limit)} is not a whole number of 0 or more`);
	const isMin = rule === 'minLength';
	const bound = isMin ? 'at least' : 'at most';
	const textMessage = `must be ${bound} ${limit} characters long`;
	const listMessage = `must have ${bound} ${limit} items`;
	const fits = (length: number) => (isMin ? length >= limit : length <= limit);
	return (value) => {
		if (Array.isArray(value)) return fits(value.length) ? undefined : listMessage;
		let text: string;
		if (typeof value === 'string') text = value;
		else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') text = String(value);
		else return 'has no length';
		// UTF-16 length bounds the code point count from above and at most halves it.
		if (isMin ? text.length / 2 >= limit : text.length <= limit) return undefined;
		return fits(codePointCount(text)) ? undefined : textMessage;
	};
}

function codePointCount(text: string): number {
	let count = text.length;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				count--;
				i++;
			}
		}
	}
	return count;
}

function oneOfCheck(values: unknown, caseSensitive: boolean, bad: (why: string) => Error): (value: unknown) => string | undefined {
	if (!Array.isArray(values) || values.length === 0) throw bad('it needs a list of allowed values');
	const allowed = new Set<unknown>(caseSensitive ? values : values.map((value) => (typeof value === 'string' ? value.toLowerCase() : value)));
	const shown = values.slice(0, 10).map((value) => (typeof value === 'string' ? value : describeValue(value)));
	const message = `must be one of ${excerpt(shown.join(', '))}${values.length > 10 ? ', …' : ''}`;
	return (value) => {
		const key = !caseSensitive && typeof value === 'string' ? value.toLowerCase() : value;
		if (allowed.has(key)) return undefined;
		if ((typeof value === 'number' || typeof value === 'boolean') && allowed.has(String(value))) return undefined;
		return message;
	};
}
