import { checkComparison } from './checkComparison';
import { dateOfBirthComparison } from './dateOfBirthComparison';

describe('dateOfBirthComparison', () => {
	it("has Splink 4's DateOfBirthComparison levels with its defaults", () => {
		expect(dateOfBirthComparison('date_of_birth')).toEqual({
			field: 'date_of_birth',
			levels: [
				{ kind: 'null', invalidDatesAsNull: true },
				{ kind: 'exact', label: 'Exact match on date of birth' },
				{ kind: 'damerauLevenshtein', max: 1 },
				{ kind: 'dateDifference', max: 1, unit: 'month' },
				{ kind: 'dateDifference', max: 1, unit: 'year' },
				{ kind: 'dateDifference', max: 10, unit: 'year' },
				{ kind: 'else' },
			],
		});
		expect(() => checkComparison(dateOfBirthComparison('x'))).not.toThrow();
	});

	it('can keep invalid dates out of the null level', () => {
		expect(dateOfBirthComparison('dob', { invalidDatesAsNull: false }).levels[0]).toEqual({ kind: 'null', invalidDatesAsNull: false });
	});
});
