import fc from 'fast-check';
import { charactersApart } from './charactersApart';
import { damerauLevenshtein } from './damerauLevenshtein';
import { levenshtein } from './levenshtein';

describe('charactersApart', () => {
	it('counts the characters one side lacks, repeats included, on the larger side', () => {
		expect(charactersApart('kitten', 'sitting')).toBe(3);
		expect(charactersApart('1234567', '7654321')).toBe(0);
		expect(charactersApart('aab', 'abb')).toBe(1);
		expect(charactersApart('abc', '')).toBe(3);
		expect(charactersApart('', '')).toBe(0);
		expect(charactersApart('東京', '京都')).toBe(1);
	});

	it('is symmetric, leaves no counts behind, and never exceeds either edit distance', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ö'), maxLength: 10 });
		fc.assert(
			fc.property(text, text, (a, b) => {
				const apart = charactersApart(a, b);
				expect(charactersApart(b, a)).toBe(apart);
				expect(apart).toBeLessThanOrEqual(damerauLevenshtein(a, b));
				expect(apart).toBeLessThanOrEqual(levenshtein(a, b));
				expect(charactersApart(a, a)).toBe(0);
			}),
		);
	});
});
