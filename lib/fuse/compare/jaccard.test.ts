import fc from 'fast-check';
import { jaccard } from './jaccard';

/** The definition, with grams as strings in Sets. */
function setJaccard(a: string, b: string, q: number): number {
	if (!a || !b) return 0;
	const grams = (text: string): Set<string> => {
		const set = new Set<string>();
		if (text.length <= q) set.add(text);
		else for (let i = 0; i + q <= text.length; i++) set.add(text.slice(i, i + q));
		return set;
	};
	const setA = grams(a);
	const setB = grams(b);
	const shared = [...setA].filter((gram) => setB.has(gram)).length;
	return shared / (setA.size + setB.size - shared);
}

describe('jaccard', () => {
	it('compares sets of bigrams by default', () => {
		// night: ni ig gh ht; nacht: na ac ch ht → 1 shared of 7.
		expect(jaccard('night', 'nacht')).toBeCloseTo(1 / 7, 12);
		expect(jaccard('john smith', 'john smyth')).toBeCloseTo(7 / 11, 12);
		// Repeated grams count once: 'aaaa' is {aa}.
		expect(jaccard('aaaa', 'aa')).toBe(1);
		expect(jaccard('abc', 'xyz')).toBe(0);
	});

	it("with q = 1 compares character sets, as DuckDB's jaccard", () => {
		expect(jaccard('abc', 'cba', 1)).toBe(1);
		expect(jaccard('night', 'nacht', 1)).toBeCloseTo(3 / 7, 12);
	});

	it('handles empty and short text, and other q', () => {
		expect(jaccard('', '')).toBe(0);
		expect(jaccard('', 'ab')).toBe(0);
		expect(jaccard('a', 'a')).toBe(1);
		expect(jaccard('a', 'ab')).toBe(0);
		expect(jaccard('ab', 'abc', 3)).toBe(0);
		expect(jaccard('abcdef', 'abcdxf', 4)).toBeCloseTo(setJaccard('abcdef', 'abcdxf', 4), 12);
		expect(() => jaccard('a', 'b', 0)).toThrow(RangeError);
		expect(() => jaccard('a', 'b', 1.5)).toThrow(RangeError);
	});

	it('agrees with the set definition for q = 1..5, is symmetric, and 1 exactly for equal text', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ü', '\u{1F600}'), maxLength: 80 });
		fc.assert(
			fc.property(text, text, fc.integer({ min: 1, max: 5 }), (a, b, q) => {
				const score = jaccard(a, b, q);
				expect(score).toBeCloseTo(setJaccard(a, b, q), 12);
				expect(jaccard(b, a, q)).toBe(score);
				if (a !== '') expect(jaccard(a, a, q)).toBe(1);
			}),
		);
	});
});
