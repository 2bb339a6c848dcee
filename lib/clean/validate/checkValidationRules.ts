import { compileValidationRule } from './compileValidationRule';
import type { ValidationRule } from './validationRule';

/**
 * Checks validation rules before any record is read, so that a node can reject bad settings
 * at once: throws an `Error` naming the rule's position, kind and field for the first bad rule
 * (no field, unknown rule or type, invalid regular expression, unusable limit or list, unknown
 * default country or date format). See `compileValidationRule` for the checks.
 *
 * @example
 * checkValidationRules([{ field: 'zip', rule: 'regex', pattern: '^\\d{5}$' }]); // fine
 * checkValidationRules([{ field: 'zip', rule: 'regex', pattern: '(' }]);
 * // throws: 'Validation rule 1 (regex on field "zip"): /(/ is not a valid regular expression: …'
 */
export function checkValidationRules(rules: ValidationRule[]): void {
	if (!Array.isArray(rules)) throw new Error('Validation rules must be a list');
	rules.forEach(compileValidationRule);
}
