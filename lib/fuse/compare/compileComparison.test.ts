import fc from 'fast-check';
import { compileComparison } from './compileComparison';
import type { Comparison } from './comparison';
import { damerauLevenshtein } from './damerauLevenshtein';
import { dateOfBirthComparison } from './dateOfBirthComparison';
import { emailComparison } from './emailComparison';
import { jaroWinkler } from './jaroWinkler';
import { nameComparison } from './nameComparison';

describe('compileComparison', () => {
	it("gives the first level that holds, with Splink's NameComparison levels", () => {
		const records = [{ surname: 'Smith' }, { surname: ' SMITH' }, { surname: 'Smyth' }, { surname: 'Smithson' }, { surname: 'Jones' }, { surname: '' }, {}];
		const names = compileComparison(nameComparison('surname'), records);
		expect(names.name).toBe('surname');
		expect(names.labels).toEqual(['Null', 'Exact match', 'Jaro-Winkler >= 0.92', 'Jaro-Winkler >= 0.88', 'Jaro-Winkler >= 0.7', 'All other comparisons']);
		expect(names.nullLevel).toBe(0);
		expect(names.level(0, 1)).toBe(1); // normalised: 'smith' = 'smith'
		expect(jaroWinkler('smith', 'smyth')).toBeCloseTo(0.893, 3);
		expect(names.level(0, 2)).toBe(3);
		expect(jaroWinkler('smith', 'smithson')).toBeCloseTo(0.925, 3);
		expect(names.level(0, 3)).toBe(2);
		expect(names.level(0, 4)).toBe(5);
		expect(names.level(0, 5)).toBe(0);
		expect(names.level(6, 0)).toBe(0);
		expect(names.level(5, 6)).toBe(0);
		expect(names.valueKey(1)).toBe('smith');
		expect(names.valueKey(5)).toBeUndefined();
	});

	it('adds a final else level when missing, and without a null level lets missing values fall to it', () => {
		const compiled = compileComparison({ field: 'city', levels: [{ kind: 'exact' }] }, [{ city: 'Berlin' }, { city: 'berlin' }, { city: null }, { city: null }]);
		expect(compiled.levels).toEqual([{ kind: 'exact' }, { kind: 'else' }]);
		expect(compiled.labels).toEqual(['Exact match', 'All other comparisons']);
		expect(compiled.nullLevel).toBe(-1);
		expect(compiled.level(0, 1)).toBe(0);
		expect(compiled.level(2, 3)).toBe(1); // NULL = NULL is not true, as in SQL
		expect(compiled.level(0, 2)).toBe(1);
	});

	it('keeps case and spaces with normalise: false', () => {
		const compiled = compileComparison({ field: 'code', normalise: false, levels: [{ kind: 'exact' }] }, [{ code: 'AB' }, { code: 'ab' }, { code: 'AB' }]);
		expect(compiled.level(0, 1)).toBe(1);
		expect(compiled.level(0, 2)).toBe(0);
	});

	it('compares numbers as their text for string kinds, and numbers as numbers for differences', () => {
		const records = [{ ssn: 1234567 }, { ssn: '1234567' }, { ssn: '1243567' }, { ssn: 'n/a' }, { ssn: true }];
		const ssn = compileComparison({ field: 'ssn', levels: [{ kind: 'null' }, { kind: 'exact' }, { kind: 'damerauLevenshtein', max: 1 }, { kind: 'numericDifference', max: 100000 }] }, records);
		expect(ssn.level(0, 1)).toBe(1);
		expect(ssn.level(0, 2)).toBe(2);
		expect(ssn.level(0, 3)).toBe(4); // 'n/a' is present but no number
		expect(ssn.level(3, 4)).toBe(4);
		expect(ssn.valueKey(0)).toBe('1234567');

		const amounts = compileComparison(
			{ field: 'amount', levels: [{ kind: 'numericDifference', max: 0 }, { kind: 'numericDifference', max: 0.1, relative: true }, { kind: 'numericDifference', max: 50 }] },
			[{ amount: 100 }, { amount: ' 100 ' }, { amount: 92 }, { amount: 150 }, { amount: 500 }, { amount: 0 }, { amount: 0 }],
		);
		expect(amounts.level(0, 1)).toBe(0);
		expect(amounts.level(0, 2)).toBe(1);
		expect(amounts.level(0, 3)).toBe(2);
		expect(amounts.level(0, 4)).toBe(3);
		expect(amounts.level(5, 6)).toBe(0);
	});

	it("reads dates as Splink's DateOfBirthComparison does", () => {
		const records = [
			{ dob: '19560909' },
			{ dob: '1956-09-09' },
			{ dob: '19560990' }, // invalid: null level
			{ dob: '19650910' }, // 9 years later, 3 edits apart
			{ dob: '19560919' }, // one digit apart, 10 days later
			{ dob: '19561009' }, // 30 days later
			{ dob: '19570809' }, // 334 days later
			{ dob: '19460908' }, // more than 10 years earlier
			{ dob: new Date(Date.UTC(1956, 8, 9)) },
			{ dob: 19560909 },
		];
		const dob = compileComparison(dateOfBirthComparison('dob'), records);
		expect(dob.labels).toEqual([
			'Null or invalid date',
			'Exact match on date of birth',
			'Damerau-Levenshtein <= 1',
			'Within 1 month',
			'Within 1 year',
			'Within 10 years',
			'All other comparisons',
		]);
		expect(dob.level(0, 2)).toBe(0);
		expect(dob.valueKey(2)).toBeUndefined();
		expect(dob.level(0, 1)).toBe(3); // same day, written differently: not text-equal, 0 days apart
		expect(dob.level(0, 9)).toBe(1);
		expect(dob.level(1, 8)).toBe(1); // a Date at midnight reads as its YYYY-MM-DD
		expect(dob.level(0, 4)).toBe(2);
		expect(dob.level(0, 5)).toBe(3);
		expect(dob.level(0, 6)).toBe(4);
		expect(dob.level(0, 3)).toBe(5);
		expect(dob.level(0, 7)).toBe(6);
	});

	it('counts a month as 365.25 / 12 days and a year as 365.25 days, inclusive', () => {
		const records = [{ d: '2000-01-01' }, { d: '2000-01-31' }, { d: '2000-02-01' }, { d: '2000-12-31' }, { d: '2001-01-01' }, { d: '2001-01-02' }];
		const compiled = compileComparison(
			{ field: 'd', levels: [{ kind: 'dateDifference', max: 1, unit: 'month' }, { kind: 'dateDifference', max: 1, unit: 'year' }, { kind: 'dateDifference', max: 2, unit: 'day' }] },
			records,
		);
		expect(compiled.level(0, 1)).toBe(0); // 30 days
		expect(compiled.level(0, 2)).toBe(1); // 31 days > 30.4375
		expect(compiled.level(0, 4)).toBe(3); // 366 days (leap year) > 365.25
		expect(compiled.level(0, 3)).toBe(1); // 365 days
		expect(compiled.level(0, 5)).toBe(3);
		expect(compiled.level(4, 5)).toBe(0);
	});

	it("compares email parts as Splink's EmailComparison does", () => {
		const records = [
			{ email: 'John.Smith@example.com' },
			{ email: 'john.smith@example.com ' },
			{ email: 'john.smith@other.org' },
			{ email: 'john.smyth@example.com' },
			{ email: 'jon.smyth@elsewhere.net' },
			{ email: 'rebecca@other.org' },
			{ email: 'N/A' },
		];
		const email = compileComparison(emailComparison('email'), records);
		expect(email.labels).toEqual([
			'Null',
			'Exact match',
			'Exact match on email user',
			'Jaro-Winkler >= 0.88',
			'Jaro-Winkler >= 0.88 on email user',
			'All other comparisons',
		]);
		expect(email.level(0, 1)).toBe(1);
		expect(email.level(0, 2)).toBe(2);
		expect(email.level(0, 3)).toBe(3);
		expect(jaroWinkler('john.smith@example.com', 'jon.smyth@elsewhere.net')).toBeLessThan(0.88);
		expect(jaroWinkler('john.smith', 'jon.smyth')).toBeGreaterThanOrEqual(0.88);
		expect(email.level(0, 4)).toBe(4);
		expect(email.level(0, 5)).toBe(5);
		expect(email.level(0, 6)).toBe(5); // 'N/A' is text, not missing, by the default missing rule
	});

	it('finds names swapped between two fields', () => {
		const records = [
			{ given: 'John', surname: 'Smith' },
			{ given: 'smith', surname: 'john' },
			{ given: 'Smith', surname: null },
			{ given: 'John', surname: 'Smith' },
		];
		const swapped = compileComparison({ field: 'given', levels: [{ kind: 'null' }, { kind: 'exact' }, { kind: 'swapped', otherField: 'surname' }] }, records);
		expect(swapped.labels[2]).toBe('Swapped with surname');
		expect(swapped.level(0, 1)).toBe(2);
		expect(swapped.level(1, 0)).toBe(2);
		expect(swapped.level(0, 2)).toBe(3); // one side's other field is missing
		expect(swapped.level(0, 3)).toBe(1);
	});

	it('supports jaro, jaccard, levenshtein levels and a name', () => {
		const records = [{ city: 'Berlin' }, { city: 'Berlim' }, { city: 'Bern' }, { city: 'nilreb' }];
		const compiled = compileComparison(
			{
				name: 'City',
				field: 'city',
				levels: [{ kind: 'levenshtein', max: 1 }, { kind: 'jaro', threshold: 0.8 }, { kind: 'jaccard', threshold: 1, q: 1 }],
			},
			records,
		);
		expect(compiled.name).toBe('City');
		expect(compiled.level(0, 1)).toBe(0);
		expect(compiled.level(0, 2)).toBe(1);
		expect(compiled.level(0, 3)).toBe(2);
		expect(compiled.level(1, 3)).toBe(3);
	});

	it('throws on bad settings before reading any record', () => {
		expect(() => compileComparison({ field: 'x', levels: [{ kind: 'exact' }, { kind: 'null' }] }, [])).toThrow('the null level must come first');
	});

	it('agrees with computing each level directly, for random names', () => {
		const comparison: Comparison = {
			field: 'name',
			levels: [
				{ kind: 'null' },
				{ kind: 'exact' },
				{ kind: 'damerauLevenshtein', max: 1 },
				{ kind: 'jaroWinkler', threshold: 0.9 },
				{ kind: 'damerauLevenshtein', max: 3 },
				{ kind: 'jaroWinkler', threshold: 0.7 },
			],
		};
		const name = fc.oneof(fc.constant(null), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', ' '), maxLength: 7 }));
		fc.assert(
			fc.property(fc.array(name, { minLength: 2, maxLength: 12 }), (names) => {
				const compiled = compileComparison(comparison, names.map((value) => ({ name: value })));
				const text = names.map((value) => (value === null || value.trim() === '' ? undefined : value.trim().toLowerCase()));
				for (let i = 0; i < names.length; i++) {
					for (let j = 0; j < names.length; j++) {
						const a = text[i];
						const b = text[j];
						let expected: number;
						if (a === undefined || b === undefined) expected = 0;
						else if (a === b) expected = 1;
						else if (damerauLevenshtein(a, b) <= 1) expected = 2;
						else if (jaroWinkler(a, b) >= 0.9) expected = 3;
						else if (damerauLevenshtein(a, b) <= 3) expected = 4;
						else if (jaroWinkler(a, b) >= 0.7) expected = 5;
						else expected = 6;
						expect(compiled.level(i, j)).toBe(expected);
					}
				}
			}),
		);
	});
});
