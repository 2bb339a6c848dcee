import { checkValidationRules } from './checkValidationRules';
import type { ValidationRule } from './validationRule';

describe('checkValidationRules', () => {
	it('accepts good rules', () => {
		expect(() =>
			checkValidationRules([
				{ field: 'id', rule: 'required' },
				{ field: 'zip', rule: 'regex', pattern: '^\\d{5}$' },
				{ field: 'since', rule: 'min', limit: '2020-01-01' },
				{ field: 'phone', rule: 'phone', defaultCountry: 'de' },
			]),
		).not.toThrow();
		expect(() => checkValidationRules([])).not.toThrow();
	});

	it('throws for the first bad rule, naming its position and field', () => {
		const rules: ValidationRule[] = [
			{ field: 'id', rule: 'required' },
			{ field: 'zip', rule: 'regex', pattern: '[' },
			{ field: 'age', rule: 'max', limit: 'old' },
		];
		expect(() => checkValidationRules(rules)).toThrow(/^Validation rule 2 \(regex on field "zip"\): \/\[\/ is not a valid regular expression/);
		expect(() => checkValidationRules('rules' as unknown as ValidationRule[])).toThrow('Validation rules must be a list');
	});
});
