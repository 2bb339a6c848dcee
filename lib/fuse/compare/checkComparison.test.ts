import { checkComparison } from './checkComparison';
import type { Comparison } from './comparison';

/** Lets a test hand over settings that the types would refuse, as JSON from a node would be. */
const loose = (value: unknown): Comparison => value as Comparison;

describe('checkComparison', () => {
	it('accepts good settings', () => {
		expect(() =>
			checkComparison({
				field: 'name',
				levels: [
					{ kind: 'null' },
					{ kind: 'exact', termFrequency: true },
					{ kind: 'swapped', otherField: 'surname' },
					{ kind: 'jaroWinkler', threshold: 0.9 },
					{ kind: 'jaccard', threshold: 0, q: 1 },
					{ kind: 'levenshtein', max: 0 },
					{ kind: 'numericDifference', max: 0.5, relative: true },
					{ kind: 'dateDifference', max: 1, unit: 'month' },
					{ kind: 'else' },
				],
			}),
		).not.toThrow();
	});

	it('names the comparison and the level at fault', () => {
		expect(() => checkComparison({ name: 'Given name', field: 'given', levels: [{ kind: 'jaroWinkler', threshold: 92 }] })).toThrow(
			'Comparison "Given name", level 1 (jaroWinkler): threshold must be a number from 0 to 1, got 92',
		);
		expect(() => checkComparison({ field: 'ssn', levels: [{ kind: 'exact' }, { kind: 'damerauLevenshtein', max: -1 }] })).toThrow(
			'Comparison "ssn", level 2 (damerauLevenshtein): max must be a number of 0 or more, got -1',
		);
	});

	it.each([
		[loose({ levels: [{ kind: 'exact' }] }), 'field is missing'],
		[loose({ field: '', levels: [{ kind: 'exact' }] }), 'field is missing'],
		[loose({ field: 'a', levels: [] }), 'levels are empty'],
		[loose({ field: 'a' }), 'levels are empty'],
		[loose({ field: 'a', levels: [{ kind: 'soundsLike' }] }), 'level 1 (soundsLike): unknown kind'],
		[loose({ field: 'a', levels: [null] }), 'level 1: a level must be an object'],
		[loose({ field: 'a', levels: [{ kind: 'jaro', threshold: -0.1 }] }), 'threshold must be a number from 0 to 1'],
		[loose({ field: 'a', levels: [{ kind: 'jaro' }] }), 'threshold must be a number from 0 to 1, got undefined'],
		[loose({ field: 'a', levels: [{ kind: 'jaccard', threshold: 0.5, q: 0 }] }), 'q must be a whole number'],
		[loose({ field: 'a', levels: [{ kind: 'levenshtein', max: '2' }] }), 'max must be a number of 0 or more'],
		[loose({ field: 'a', levels: [{ kind: 'numericDifference', max: NaN }] }), 'max must be a number of 0 or more'],
		[loose({ field: 'a', levels: [{ kind: 'dateDifference', max: 1, unit: 'week' }] }), "unit must be 'day', 'month' or 'year'"],
		[loose({ field: 'a', levels: [{ kind: 'exact' }, { kind: 'null' }] }), 'level 2 (null): the null level must come first'],
		[loose({ field: 'a', levels: [{ kind: 'else' }, { kind: 'exact' }] }), 'level 1 (else): the else level must be last'],
		[loose({ field: 'a', levels: [{ kind: 'swapped' }] }), 'otherField is missing'],
		[loose({ field: 'a', levels: [{ kind: 'swapped', otherField: 'a' }] }), 'otherField must differ'],
		[loose({ field: 'a', levels: [{ kind: 'exact', part: 'domain' }] }), "part must be 'emailUser' or 'emailDomain'"],
		[loose({ field: 'a', levels: [{ kind: 'exact', part: 'emailUser', termFrequency: true }] }), 'term frequencies apply to the whole value'],
		[loose({ field: 'a', normalise: 'yes', levels: [{ kind: 'exact' }] }), 'normalise must be true or false'],
		[loose(null), 'must be an object'],
	])('refuses bad settings: %j', (comparison, message) => {
		expect(() => checkComparison(comparison)).toThrow(message);
	});
});
