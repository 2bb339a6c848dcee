import fc from 'fast-check';
import { damerauLevenshtein } from './damerauLevenshtein';
import { levenshtein } from './levenshtein';

/** The Lowrance-Wagner algorithm as jellyfish's pure-Python version writes it, to check against. */
function jellyfishDamerau(s1: string, s2: string): number {
	const infinite = s1.length + s2.length;
	const da = new Map<string, number>();
	const score = Array.from({ length: s1.length + 2 }, () => new Array<number>(s2.length + 2).fill(0));
	score[0][0] = infinite;
	for (let i = 0; i <= s1.length; i++) {
		score[i + 1][0] = infinite;
		score[i + 1][1] = i;
	}
	for (let j = 0; j <= s2.length; j++) {
		score[0][j + 1] = infinite;
		score[1][j + 1] = j;
	}
	for (let i = 1; i <= s1.length; i++) {
		let db = 0;
		for (let j = 1; j <= s2.length; j++) {
			const i1 = da.get(s2[j - 1]) ?? 0;
			const j1 = db;
			let cost = 1;
			if (s1[i - 1] === s2[j - 1]) {
				cost = 0;
				db = j;
			}
			score[i + 1][j + 1] = Math.min(
				score[i][j] + cost,
				score[i + 1][j] + 1,
				score[i][j + 1] + 1,
				score[i1][j1] + (i - i1 - 1) + 1 + (j - j1 - 1),
			);
		}
		da.set(s1[i - 1], i);
	}
	return score[s1.length + 1][s2.length + 1];
}

const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });

describe('damerauLevenshtein', () => {
	it("gives jellyfish's published values (testdata/damerau_levenshtein.csv)", () => {
		expect(damerauLevenshtein('', '')).toBe(0);
		expect(damerauLevenshtein('abc', '')).toBe(3);
		expect(damerauLevenshtein('bc', 'abc')).toBe(1);
		expect(damerauLevenshtein('fuor', 'four')).toBe(1);
		expect(damerauLevenshtein('abcd', 'acb')).toBe(2);
		expect(damerauLevenshtein('cape sand recycling ', 'edith ann graham')).toBe(17);
		expect(damerauLevenshtein('jellyifhs', 'jellyfish')).toBe(2);
		expect(damerauLevenshtein('ifhs', 'fish')).toBe(2);
		expect(damerauLevenshtein('Hello world!', 'Hello\u00a0world!')).toBe(1); // 2 in jellyfish's bytes, 1 code unit here
	});

	it('is the unrestricted distance (as DuckDB and jellyfish), not optimal string alignment', () => {
		// OSA gives 3: it may not edit between the transposed characters.
		expect(damerauLevenshtein('ca', 'abc')).toBe(2);
		expect(damerauLevenshtein('ab', 'ba')).toBe(1);
		expect(damerauLevenshtein('1234567', '1243567')).toBe(1);
	});

	it('with max, returns max + 1 for anything further', () => {
		expect(damerauLevenshtein('abcdef', 'zzzzzz', 2)).toBe(3);
		expect(damerauLevenshtein('a', 'abcd', 1)).toBe(2);
		expect(damerauLevenshtein('fuor', 'four', 1)).toBe(1);
		expect(damerauLevenshtein('fuor', 'four', 0)).toBe(1);
		expect(() => damerauLevenshtein('a', 'b', NaN)).toThrow(RangeError);
	});

	it('agrees with the jellyfish transcription, with and without max', () => {
		fc.assert(
			fc.property(text, text, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
				const exact = jellyfishDamerau(a, b);
				expect(damerauLevenshtein(a, b)).toBe(exact);
				expect(damerauLevenshtein(a, b, max)).toBe(exact <= max ? exact : max + 1);
			}),
		);
	});

	it('is a metric bounded by Levenshtein: 0 exactly for equal text, symmetric, triangle inequality', () => {
		fc.assert(
			fc.property(text, text, text, (a, b, c) => {
				const ab = damerauLevenshtein(a, b);
				expect(ab === 0).toBe(a === b);
				expect(damerauLevenshtein(b, a)).toBe(ab);
				expect(ab).toBeLessThanOrEqual(damerauLevenshtein(a, c) + damerauLevenshtein(c, b));
				expect(ab).toBeLessThanOrEqual(levenshtein(a, b));
				expect(ab).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
			}),
		);
	});

	it('handles text beyond Latin-1 and leaves no state behind between calls', () => {
		expect(damerauLevenshtein('東京都', '京東都')).toBe(1);
		expect(damerauLevenshtein('😀a', 'a😀')).toBe(jellyfishDamerau('😀a', 'a😀'));
		// After the calls above, 'ab' vs 'ba' must not see stale rows of '東' or 'a'.
		expect(damerauLevenshtein('ba', 'ab')).toBe(1);
		const long = 'abcd'.repeat(100);
		expect(damerauLevenshtein(long, long.slice(1))).toBe(1);
	});
});
