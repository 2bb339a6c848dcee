import fc from 'fast-check';
import { isOneEditApart } from './isOneEditApart';

/** Textbook optimal string alignment distance, to check the shortcut against. */
function osaDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

describe('isOneEditApart', () => {
	it('accepts one substitution, insertion, deletion or swap of neighbours', () => {
		expect(isOneEditApart('gnail.com', 'gmail.com')).toBe(true);
		expect(isOneEditApart('gmaill.com', 'gmail.com')).toBe(true);
		expect(isOneEditApart('gmai.com', 'gmail.com')).toBe(true);
		expect(isOneEditApart('gmial.com', 'gmail.com')).toBe(true);
		expect(isOneEditApart('ab', 'ba')).toBe(true);
		expect(isOneEditApart('', 'a')).toBe(true);
		expect(isOneEditApart('ab', 'aab')).toBe(true);
	});

	it('refuses equal texts and texts two or more edits apart', () => {
		expect(isOneEditApart('gmail.com', 'gmail.com')).toBe(false);
		expect(isOneEditApart('', '')).toBe(false);
		expect(isOneEditApart('gmal.co', 'gmail.com')).toBe(false);
		expect(isOneEditApart('abc', 'cba')).toBe(false);
		expect(isOneEditApart('abcd', 'badc')).toBe(false);
		expect(isOneEditApart('a', 'abc')).toBe(false);
	});

	it('agrees with the full distance on random near texts', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
		fc.assert(
			fc.property(text, text, (a, b) => isOneEditApart(a, b) === (osaDistance(a, b) === 1)),
			{ numRuns: 2000 },
		);
	});
});
