import { compileValidationRule, MAX_REGEX_INPUT } from './compileValidationRule';
import type { ValidationRule } from './validationRule';

/** The issue message of a rule for a value, or undefined if it passes. */
const check = (rule: ValidationRule, value: unknown) => {
	const compiled = compileValidationRule(rule, 0);
	if (!('check' in compiled)) throw new Error('rule has no value check');
	return compiled.check(value);
};

describe('compileValidationRule', () => {
	it('leaves required and unique to the caller, which needs all records', () => {
		expect(compileValidationRule({ field: 'id', rule: 'required' }, 0)).toEqual({ field: 'id', rule: 'required' });
		expect(compileValidationRule({ field: 'id', rule: 'unique' }, 0)).toEqual({ field: 'id', rule: 'unique' });
	});

	it('checks JSON types strictly', () => {
		const type = (t: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array' | 'object', value: unknown) => check({ field: 'f', rule: 'type', type: t }, value);
		expect(type('string', 'a')).toBeUndefined();
		expect(type('string', 1)).toBe('must be a string');
		expect(type('number', 1.5)).toBeUndefined();
		expect(type('number', '1.5')).toBe('must be a number');
		expect(type('integer', 3)).toBeUndefined();
		expect(type('integer', 3.5)).toBe('must be an integer');
		expect(type('integer', '3')).toBe('must be an integer');
		expect(type('boolean', false)).toBeUndefined();
		expect(type('boolean', 'true')).toBe('must be a boolean');
		expect(type('date', new Date(0))).toBeUndefined();
		expect(type('date', new Date(NaN))).toBe('must be a date');
		expect(type('date', ' 2024-03-15T10:00:00Z ')).toBeUndefined();
		expect(type('date', '2024-02-30')).toBe('must be a date');
		expect(type('date', '15.03.2024')).toBe('must be a date');
		expect(type('date', 1710000000)).toBe('must be a date');
		expect(type('array', [])).toBeUndefined();
		expect(type('array', {})).toBe('must be an array');
		expect(type('object', { a: 1 })).toBeUndefined();
		expect(type('object', [1])).toBe('must be an object');
		expect(type('object', new Date(0))).toBe('must be an object');
	});

	it('matches text, numbers and booleans against a regular expression', () => {
		const zip = { field: 'zip', rule: 'regex', pattern: '^\\d{5}$' } as const;
		expect(check(zip, '10115')).toBeUndefined();
		expect(check(zip, 10115)).toBeUndefined();
		expect(check(zip, '1011')).toBe('must match ^\\d{5}$');
		expect(check(zip, { zip: '10115' })).toBe('must match ^\\d{5}$');
		expect(check({ field: 'c', rule: 'regex', pattern: '^[A-Z]{2}$', flags: 'i' }, 'de')).toBeUndefined();
		expect(check({ field: 'c', rule: 'regex', pattern: '^[A-Z]{2}$' }, 'de')).toBe('must match ^[A-Z]{2}$');
	});

	it('ignores the g and y flags, so each value is tested from its start', () => {
		const compiled = compileValidationRule({ field: 'f', rule: 'regex', pattern: 'a', flags: 'gy' }, 0);
		if (!('check' in compiled)) throw new Error('no check');
		expect([compiled.check('a'), compiled.check('a'), compiled.check('a')]).toEqual([undefined, undefined, undefined]);
	});

	it('fails values too long for a regular expression', () => {
		const any = { field: 'f', rule: 'regex', pattern: '.*' } as const;
		expect(check(any, 'x'.repeat(MAX_REGEX_INPUT))).toBeUndefined();
		expect(check(any, 'x'.repeat(MAX_REGEX_INPUT + 1))).toBe('is too long to match .* (over 10000 characters)');
	});

	it('compares numbers and number text with numeric limits, inclusive unless exclusive', () => {
		expect(check({ field: 'n', rule: 'max', limit: 100 }, 100)).toBeUndefined();
		expect(check({ field: 'n', rule: 'max', limit: 100 }, '100.5')).toBe('must be at most 100');
		expect(check({ field: 'n', rule: 'max', limit: 100, exclusive: true }, 100)).toBe('must be less than 100');
		expect(check({ field: 'n', rule: 'min', limit: 0 }, 0)).toBeUndefined();
		expect(check({ field: 'n', rule: 'min', limit: 0 }, ' -1 ')).toBe('must be at least 0');
		expect(check({ field: 'n', rule: 'min', limit: 0, exclusive: true }, 0)).toBe('must be greater than 0');
		expect(check({ field: 'n', rule: 'min', limit: '9' }, 10)).toBeUndefined();
		expect(check({ field: 'n', rule: 'min', limit: '9' }, '10')).toBeUndefined();
		expect(check({ field: 'n', rule: 'max', limit: 100 }, 'abc')).toBe('must be a number at most 100');
		expect(check({ field: 'n', rule: 'max', limit: 100 }, true)).toBe('must be a number at most 100');
	});

	it('compares dates with a date limit', () => {
		const after = { field: 'd', rule: 'min', limit: '2024-01-01' } as const;
		expect(check(after, '2024-01-01')).toBeUndefined();
		expect(check(after, '2023-12-31T23:59:59Z')).toBe('must be a date on or after 2024-01-01');
		expect(check({ ...after, exclusive: true }, '2024-01-01')).toBe('must be a date after 2024-01-01');
		expect(check(after, new Date(Date.UTC(2024, 5, 1)))).toBeUndefined();
		expect(check(after, '01.06.2024')).toBe('must be a date on or after 2024-01-01');
		expect(check({ ...after, inputFormats: ['dd.MM.yyyy'] }, '01.06.2024')).toBeUndefined();
		const before = { field: 'd', rule: 'max', limit: '2024-12-31T23:59:59Z' } as const;
		expect(check(before, '2025-01-01T00:00:00+01:00')).toBeUndefined();
		expect(check(before, '2025-01-01')).toBe('must be a date on or before 2024-12-31T23:59:59Z');
		expect(check({ ...before, exclusive: true }, '2024-12-31T23:59:59Z')).toBe('must be a date before 2024-12-31T23:59:59Z');
	});

	it('measures text in characters and lists in items', () => {
		expect(check({ field: 's', rule: 'maxLength', limit: 3 }, 'abc')).toBeUndefined();
		expect(check({ field: 's', rule: 'maxLength', limit: 3 }, 'abcd')).toBe('must be at most 3 characters long');
		expect(check({ field: 's', rule: 'maxLength', limit: 2 }, '😀😀')).toBeUndefined();
		expect(check({ field: 's', rule: 'minLength', limit: 2 }, '😀')).toBe('must be at least 2 characters long');
		expect(check({ field: 's', rule: 'minLength', limit: 2 }, 'ab')).toBeUndefined();
		expect(check({ field: 's', rule: 'minLength', limit: 5 }, 12345)).toBeUndefined();
		expect(check({ field: 's', rule: 'minLength', limit: 2 }, ['a'])).toBe('must have at least 2 items');
		expect(check({ field: 's', rule: 'maxLength', limit: 2 }, ['a', 'b'])).toBeUndefined();
		expect(check({ field: 's', rule: 'maxLength', limit: 2 }, { a: 1 })).toBe('has no length');
	});

	it('accepts listed values, numbers also by their text, case-insensitively when asked', () => {
		const status = { field: 's', rule: 'oneOf' as const, values: ['open', 'closed'] };
		expect(check(status, 'open')).toBeUndefined();
		expect(check(status, 'Open')).toBe('must be one of open, closed');
		expect(check({ ...status, caseSensitive: false }, 'OPEN')).toBeUndefined();
		expect(check({ field: 'n', rule: 'oneOf', values: ['1', '2'] }, 2)).toBeUndefined();
		expect(check({ field: 'n', rule: 'oneOf', values: [1, 2] }, '2')).toBe('must be one of 1, 2');
		expect(check({ field: 'n', rule: 'oneOf', values: [true] }, true)).toBeUndefined();
		const many = { field: 'n', rule: 'oneOf' as const, values: Array.from({ length: 20 }, (_, i) => `v${i}`) };
		expect(check(many, 'x')).toBe('must be one of v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, …');
	});

	it('uses the normalisers for email, phone and date, their reason as the message', () => {
		expect(check({ field: 'e', rule: 'email' }, 'anna@example.com')).toBeUndefined();
		expect(check({ field: 'e', rule: 'email' }, 'anna')).toBe('is not a valid email: it has no @');
		expect(check({ field: 'e', rule: 'email' }, 'anna@gmial.com')).toBe('is not a valid email: gmial.com looks like a typo of gmail.com');
		expect(check({ field: 'e', rule: 'email' }, 42)).toBe('is not a valid email: it has no @');
		expect(check({ field: 'e', rule: 'email' }, {})).toBe('is not an email');
		expect(check({ field: 'p', rule: 'phone', defaultCountry: 'DE' }, '030 1234567')).toBeUndefined();
		expect(check({ field: 'p', rule: 'phone', defaultCountry: 'DE' }, '123')).toBe('is not a valid phone number: it is too short for DE');
		expect(check({ field: 'p', rule: 'phone' }, '030 1234567')).toBe('is not a valid phone number: it has no country code (+…) and no default country is set');
		expect(check({ field: 'd', rule: 'date', inputFormats: ['dd.MM.yyyy'] }, '15.03.2024')).toBeUndefined();
		expect(check({ field: 'd', rule: 'date', inputFormats: ['dd.MM.yyyy'] }, '31.02.2024')).toBe('is not a valid date: 2024-02 has only 29 days');
		expect(check({ field: 'd', rule: 'date', inputFormats: ['dd.MM.yyyy'] }, '2024-03-15')).toBe('does not match the date formats dd.MM.yyyy');
	});

	it('throws for bad rules, naming the rule, its field and the problem', () => {
		const error = (rule: unknown, index = 0) => {
			try {
				compileValidationRule(rule as ValidationRule, index);
			} catch (thrown) {
				return (thrown as Error).message;
			}
			return 'no error';
		};
		expect(error({ field: 'zip', rule: 'regex', pattern: '^(\\d{5}' }, 2)).toMatch(/^Validation rule 3 \(regex on field "zip"\): \/\^\(\\d\{5\}\/ is not a valid regular expression: /);
		expect(error({ field: 'zip', rule: 'regex', pattern: 'a', flags: 'q' })).toMatch(/^Validation rule 1 \(regex on field "zip"\): \/a\/ is not a valid regular expression/);
		expect(error({ field: 'zip', rule: 'regex', pattern: '' })).toBe('Validation rule 1 (regex on field "zip"): it has no pattern');
		expect(error({ field: '', rule: 'required' })).toBe('Validation rule 1 (required on field ""): it names no field');
		expect(error({ field: 'a', rule: 'between' })).toMatch(/^Validation rule 1 \(between on field "a"\): the rule must be one of required, type, /);
		expect(error({ field: 'a', rule: 'type', type: 'text' })).toBe('Validation rule 1 (type on field "a"): type must be one of string, number, integer, boolean, date, array, object');
		expect(error({ field: 'a', rule: 'max', limit: 'soon' })).toBe('Validation rule 1 (max on field "a"): the limit "soon" is neither a number nor an ISO 8601 date');
		expect(error({ field: 'a', rule: 'max', limit: '2024-01-01', inputFormats: ['DD.MM.YYYY'] })).toMatch(/^Validation rule 1 \(max on field "a"\): /);
		expect(error({ field: 'a', rule: 'maxLength', limit: -1 })).toBe('Validation rule 1 (maxLength on field "a"): the length -1 is not a whole number of 0 or more');
		expect(error({ field: 'a', rule: 'minLength', limit: 1.5 })).toMatch(/is not a whole number of 0 or more$/);
		expect(error({ field: 'a', rule: 'oneOf', values: [] })).toBe('Validation rule 1 (oneOf on field "a"): it needs a list of allowed values');
		expect(error({ field: 'a', rule: 'phone', defaultCountry: 'XX' })).toBe('Validation rule 1 (phone on field "a"): default country "XX" is not a country code with phone numbers');
		expect(error({ field: 'a', rule: 'date', inputFormats: [] })).toBe('Validation rule 1 (date on field "a"): it needs a list of input date formats');
		expect(error({ field: 'a', rule: 'date', inputFormats: ['YYYY-MM-DD'] })).toMatch(/^Validation rule 1 \(date on field "a"\): /);
		expect(error(null, 4)).toBe('Validation rule 5 is not an object');
	});
});
