/** Validating records against declared rules (required, type, regex, limits, lengths, lists, email, phone, date, unique). */
export { checkValidationRules } from './checkValidationRules';
export { compileValidationRule, MAX_REGEX_INPUT, type CompiledRule } from './compileValidationRule';
export { validateRecords, type ValidateOptions } from './validateRecords';
export type { ValidationIssue, ValidationRule, ValueType } from './validationRule';
