import { compileValidationRule } from './compileValidationRule';
import type { ValidationIssue, ValidationRule } from './validationRule';

export type { ValidationIssue, ValidationRule, ValueType } from './validationRule';

export interface ValidateOptions {
	/** Which values count as missing (see `missingMatcher`): `required` fails them, every other rule lets them pass. */
	isMissing: (value: unknown) => boolean;
	/** Reads a field of a record; default: the record's own property of that name. */
	readField?: (record: Record<string, unknown>, field: string) => unknown;
}

/** A key under which equal values meet: primitives as themselves, dates by instant, objects and lists by their JSON. */
function uniqueKey(value: unknown): unknown {
	if (value === null || typeof value !== 'object') return value;
	if (value instanceof Date) return `\u0000date:${value.getTime()}`;
	try {
		return `\u0000json:${JSON.stringify(value)}`;
	} catch {
		return value;
	}
}

const ownField = (record: Record<string, unknown>, field: string): unknown => (Object.hasOwn(record, field) ? record[field] : undefined);

/**
 * Checks every record against the rules, with Great Expectations' semantics: `required`
 * fails a missing value (`expect_column_values_to_not_be_null`); every other rule lets missing
 * values pass; `min`/`max` are inclusive unless `exclusive` (GX `strict_min`/`strict_max`);
 * `unique` flags every record whose value occurs more than once, all occurrences
 * (`expect_column_values_to_be_unique`), comparing text exactly and ignoring missing values.
 * See `compileValidationRule` for what each rule accepts.
 *
 * Returns one list of issues per record, in rule order, empty for a valid record. Bad rules
 * throw before any record is read, as `checkValidationRules` does. Each field is read once
 * and each rule runs over the whole column, so a million records take one pass per rule.
 *
 * @example
 * validateRecords(
 * 	[{ email: 'a@example.com', age: 30 }, { email: 'nope', age: 150 }, { age: 20 }],
 * 	[{ field: 'email', rule: 'required' }, { field: 'email', rule: 'email' }, { field: 'age', rule: 'max', limit: 130 }],
 * 	{ isMissing: (value) => value === undefined || value === null || value === '' },
 * );
 * // [
 * //   [],
 * //   [{ field: 'email', rule: 'email', value: 'nope', message: 'is not a valid email: it has no @' },
 * //    { field: 'age', rule: 'max', value: 150, message: 'must be at most 130' }],
 * //   [{ field: 'email', rule: 'required', value: undefined, message: 'is required' }],
 * // ]
 */
export function validateRecords(records: Record<string, unknown>[], rules: ValidationRule[], options: ValidateOptions): ValidationIssue[][] {
	const compiled = rules.map(compileValidationRule);
	const readField = options.readField ?? ownField;
	const count = records.length;
	const issues: Array<ValidationIssue[] | undefined> = new Array(count);
	const add = (index: number, issue: ValidationIssue) => {
		const list = issues[index];
		if (list === undefined) issues[index] = [issue];
		else list.push(issue);
	};

	const columns = new Map<string, { values: unknown[]; missing: Uint8Array }>();
	const column = (field: string) => {
		let found = columns.get(field);
		if (found === undefined) {
			const values = new Array<unknown>(count);
			const missing = new Uint8Array(count);
			for (let i = 0; i < count; i++) {
				const value = readField(records[i], field);
				values[i] = value;
				if (options.isMissing(value)) missing[i] = 1;
			}
			found = { values, missing };
			columns.set(field, found);
		}
		return found;
	};

	for (const rule of compiled) {
		const { field } = rule;
		const { values, missing } = column(field);
		if (rule.rule === 'required') {
			for (let i = 0; i < count; i++) if (missing[i] === 1) add(i, { field, rule: 'required', value: values[i], message: 'is required' });
		} else if (rule.rule === 'unique') {
			const keys = new Array<unknown>(count);
			const occurrences = new Map<unknown, number>();
			for (let i = 0; i < count; i++) {
				if (missing[i] === 1) continue;
				const key = uniqueKey(values[i]);
				keys[i] = key;
				occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
			}
			for (let i = 0; i < count; i++) {
				if (missing[i] === 1) continue;
				const times = occurrences.get(keys[i]) as number;
				if (times > 1) add(i, { field, rule: 'unique', value: values[i], message: `appears ${times} times` });
			}
		} else if ('check' in rule) {
			const { check } = rule;
			for (let i = 0; i < count; i++) {
				if (missing[i] === 1) continue;
				const message = check(values[i]);
				if (message !== undefined) add(i, { field, rule: rule.rule, value: values[i], message });
			}
		}
	}

	const result = issues as ValidationIssue[][];
	for (let i = 0; i < count; i++) if (result[i] === undefined) result[i] = [];
	return result;
}
