import fc from 'fast-check';
import { levenshtein } from './levenshtein';

/** The textbook full table, to check the banded, trimmed version against. */
function fullLevenshtein(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
	}
	return d[a.length][b.length];
}

const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ä'), maxLength: 10 });

describe('levenshtein', () => {
	it("gives jellyfish's published values (testdata/levenshtein.csv)", () => {
		expect(levenshtein('', '')).toBe(0);
		expect(levenshtein('abc', '')).toBe(3);
		expect(levenshtein('', 'abc')).toBe(3);
		expect(levenshtein('bc', 'abc')).toBe(1);
		expect(levenshtein('kitten', 'sitting')).toBe(3);
		expect(levenshtein('Saturday', 'Sunday')).toBe(3);
	});

	it('counts a transposition as two edits and compares UTF-16 code units', () => {
		expect(levenshtein('ab', 'ba')).toBe(2);
		expect(levenshtein('Müller', 'Muller')).toBe(1);
		expect(levenshtein('😀', '😁')).toBe(1); // the two emoji share their high surrogate
	});

	it('with max, returns max + 1 for anything further', () => {
		expect(levenshtein('kitten', 'sitting', 3)).toBe(3);
		expect(levenshtein('kitten', 'sitting', 2)).toBe(3);
		expect(levenshtein('kitten', 'sitting', 1)).toBe(2);
		expect(levenshtein('kitten', 'sitting', 0)).toBe(1);
		expect(levenshtein('a', 'abcdef', 2)).toBe(3);
		expect(levenshtein('same', 'same', 0)).toBe(0);
		expect(levenshtein('abc', 'abd', 1.5)).toBe(1);
		expect(() => levenshtein('a', 'b', -1)).toThrow(RangeError);
	});

	it('agrees with the full table, with and without max', () => {
		fc.assert(
			fc.property(text, text, fc.integer({ min: 0, max: 5 }), (a, b, max) => {
				const exact = fullLevenshtein(a, b);
				expect(levenshtein(a, b)).toBe(exact);
				expect(levenshtein(a, b, max)).toBe(exact <= max ? exact : max + 1);
			}),
		);
	});

	it('is a metric: 0 exactly for equal text, symmetric, the triangle inequality, at most the longer length', () => {
		fc.assert(
			fc.property(text, text, text, (a, b, c) => {
				const ab = levenshtein(a, b);
				expect(ab === 0).toBe(a === b);
				expect(levenshtein(b, a)).toBe(ab);
				expect(ab).toBeLessThanOrEqual(levenshtein(a, c) + levenshtein(c, b));
				expect(ab).toBeLessThanOrEqual(Math.max(a.length, b.length));
				expect(ab).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
			}),
		);
	});

	it('keeps working when a longer text comes after shorter ones (scratch rows grow)', () => {
		const long = 'ab'.repeat(300);
		expect(levenshtein(long, long.replace(/a/g, 'c'))).toBe(300);
		expect(levenshtein(long, `${long}x`, 3)).toBe(1);
		expect(levenshtein('kitten', 'sitting')).toBe(3);
	});
});
