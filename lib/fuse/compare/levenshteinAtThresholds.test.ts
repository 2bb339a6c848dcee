import { checkComparison } from './checkComparison';
import { levenshteinAtThresholds } from './levenshteinAtThresholds';

describe('levenshteinAtThresholds', () => {
	it("has Splink's levels: null, exact, one per distance (default 1, 2), else", () => {
		expect(levenshteinAtThresholds('address_1')).toEqual({
			field: 'address_1',
			levels: [
				{ kind: 'null' },
				{ kind: 'exact', termFrequency: false },
				{ kind: 'levenshtein', max: 1 },
				{ kind: 'levenshtein', max: 2 },
				{ kind: 'else' },
			],
		});
		expect(() => checkComparison(levenshteinAtThresholds('x'))).not.toThrow();
	});

	it('takes one distance or several, smallest first', () => {
		expect(levenshteinAtThresholds('a', 3).levels[2]).toEqual({ kind: 'levenshtein', max: 3 });
		expect(levenshteinAtThresholds('a', [3, 1]).levels.slice(2, 4)).toEqual([
			{ kind: 'levenshtein', max: 1 },
			{ kind: 'levenshtein', max: 3 },
		]);
	});
});
