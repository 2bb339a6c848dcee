import { checkComparison } from './checkComparison';
import { damerauLevenshteinAtThresholds } from './damerauLevenshteinAtThresholds';

describe('damerauLevenshteinAtThresholds', () => {
	it("has Splink's levels: null, exact, one per distance (default 1, 2), else", () => {
		expect(damerauLevenshteinAtThresholds('soc_sec_id')).toEqual({
			field: 'soc_sec_id',
			levels: [
				{ kind: 'null' },
				{ kind: 'exact', termFrequency: false },
				{ kind: 'damerauLevenshtein', max: 1 },
				{ kind: 'damerauLevenshtein', max: 2 },
				{ kind: 'else' },
			],
		});
		expect(() => checkComparison(damerauLevenshteinAtThresholds('x'))).not.toThrow();
	});

	it("takes FEBRL3's single threshold and term frequencies (Splink's postcode comparison in FEBRL4)", () => {
		expect(damerauLevenshteinAtThresholds('soc_sec_id', 2).levels.slice(2)).toEqual([{ kind: 'damerauLevenshtein', max: 2 }, { kind: 'else' }]);
		expect(damerauLevenshteinAtThresholds('postcode', [2, 1], { termFrequency: true }).levels.slice(1, 4)).toEqual([
			{ kind: 'exact', termFrequency: true },
			{ kind: 'damerauLevenshtein', max: 1 },
			{ kind: 'damerauLevenshtein', max: 2 },
		]);
	});
});
