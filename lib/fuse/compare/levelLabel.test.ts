import { levelLabel } from './levelLabel';

describe('levelLabel', () => {
	it('keeps a given label', () => {
		expect(levelLabel({ kind: 'exact', label: 'Same surname' })).toBe('Same surname');
	});

	it('describes each kind from its settings', () => {
		expect(levelLabel({ kind: 'null' })).toBe('Null');
		expect(levelLabel({ kind: 'null', invalidDatesAsNull: true })).toBe('Null or invalid date');
		expect(levelLabel({ kind: 'exact' })).toBe('Exact match');
		expect(levelLabel({ kind: 'exact', part: 'emailUser' })).toBe('Exact match on email user');
		expect(levelLabel({ kind: 'jaroWinkler', threshold: 0.92 })).toBe('Jaro-Winkler >= 0.92');
		expect(levelLabel({ kind: 'jaroWinkler', threshold: 0.88, part: 'emailUser' })).toBe('Jaro-Winkler >= 0.88 on email user');
		expect(levelLabel({ kind: 'jaro', threshold: 0.9 })).toBe('Jaro >= 0.9');
		expect(levelLabel({ kind: 'jaccard', threshold: 0.7 })).toBe('Jaccard (2-grams) >= 0.7');
		expect(levelLabel({ kind: 'jaccard', threshold: 0.7, q: 1 })).toBe('Jaccard (1-grams) >= 0.7');
		expect(levelLabel({ kind: 'levenshtein', max: 2 })).toBe('Levenshtein <= 2');
		expect(levelLabel({ kind: 'damerauLevenshtein', max: 1, part: 'emailDomain' })).toBe('Damerau-Levenshtein <= 1 on email domain');
		expect(levelLabel({ kind: 'numericDifference', max: 5 })).toBe('Difference <= 5');
		expect(levelLabel({ kind: 'numericDifference', max: 0.1, relative: true })).toBe('Relative difference <= 0.1');
		expect(levelLabel({ kind: 'dateDifference', max: 1, unit: 'month' })).toBe('Within 1 month');
		expect(levelLabel({ kind: 'dateDifference', max: 10, unit: 'year' })).toBe('Within 10 years');
		expect(levelLabel({ kind: 'swapped', otherField: 'surname' })).toBe('Swapped with surname');
		expect(levelLabel({ kind: 'else' })).toBe('All other comparisons');
	});
});
