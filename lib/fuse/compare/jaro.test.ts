import fc from 'fast-check';
import { jaro } from './jaro';

/** jellyfish's `_jaro_winkler(…, winklerize=False)`, transcribed line by line, to check against. */
function jellyfishJaro(s1: string, s2: string): number {
	if (!s1.length || !s2.length) return 0;
	const range = Math.max(0, Math.floor(Math.max(s1.length, s2.length) / 2) - 1);
	const flags1 = new Array<boolean>(s1.length).fill(false);
	const flags2 = new Array<boolean>(s2.length).fill(false);
	let common = 0;
	for (let i = 0; i < s1.length; i++) {
		for (let j = Math.max(0, i - range); j <= Math.min(i + range, s2.length - 1); j++) {
			if (!flags2[j] && s2[j] === s1[i]) {
				flags1[i] = flags2[j] = true;
				common++;
				break;
			}
		}
	}
	if (!common) return 0;
	let k = 0;
	let trans = 0;
	for (let i = 0; i < s1.length; i++) {
		if (!flags1[i]) continue;
		let j = k;
		for (; j < s2.length; j++) {
			if (flags2[j]) {
				k = j + 1;
				break;
			}
		}
		if (s1[i] !== s2[j]) trans++;
	}
	trans = Math.floor(trans / 2);
	return (common / s1.length + common / s2.length + (common - trans) / common) / 3;
}

describe('jaro', () => {
	it("gives jellyfish's published values (testdata/jaro_distance.csv)", () => {
		expect(jaro('MARTHA', 'MARHTA')).toBeCloseTo(0.9444, 4);
		expect(jaro('martha', 'marhta')).toBeCloseTo(0.944, 3);
		expect(jaro('dixon', 'dicksonx')).toBeCloseTo(0.767, 3);
		expect(jaro('dwayne', 'duane')).toBeCloseTo(0.822, 3);
	});

	it('rounds half the transpositions down, as jellyfish and DuckDB do', () => {
		// CRATE/TRACE share R, A, E in order: no transposition, 3 matches of 5.
		expect(jaro('CRATE', 'TRACE')).toBeCloseTo(0.733333, 6);
		// 'abcd' vs 'abdc': 4 matches, 2 out of order → 1 transposition.
		expect(jaro('abcd', 'abdc')).toBeCloseTo((1 + 1 + 3 / 4) / 3, 12);
		// 'ab' vs 'ba': the match window is 0 wide for 2 characters, so nothing matches.
		expect(jaro('ab', 'ba')).toBe(0);
		// 'abcxyz' vs 'bcaxyz': 6 matches, 3 out of order → 1 transposition (not 1.5).
		expect(jaro('abcxyz', 'bcaxyz')).toBeCloseTo((1 + 1 + 5 / 6) / 3, 12);
	});

	it('handles empty, one-character and non-ASCII text', () => {
		expect(jaro('', '')).toBe(0);
		expect(jaro('', 'abc')).toBe(0);
		expect(jaro('abc', '')).toBe(0);
		expect(jaro('a', 'a')).toBe(1);
		expect(jaro('a', 'b')).toBe(0);
		expect(jaro('abc', 'xyz')).toBe(0);
		expect(jaro('Müller', 'Muller')).toBeCloseTo(jellyfishJaro('Müller', 'Muller'), 12);
		expect(jaro('東京都', '東京')).toBeCloseTo((2 / 3 + 1 + 1) / 3, 12);
	});

	it('agrees with the jellyfish transcription, is symmetric, within 0..1, and 1 exactly for equal text', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', ' '), maxLength: 12 });
		fc.assert(
			fc.property(text, text, (a, b) => {
				const score = jaro(a, b);
				expect(score).toBeCloseTo(jellyfishJaro(a, b), 12);
				expect(score).toBeCloseTo(jaro(b, a), 12);
				expect(score).toBeGreaterThanOrEqual(0);
				expect(score).toBeLessThanOrEqual(1);
				if (a.length > 0) expect(jaro(a, a)).toBe(1);
				if (a !== b) expect(score).toBeLessThan(1);
			}),
		);
	});

	it('keeps working when a longer text comes after shorter ones (scratch buffers grow)', () => {
		const long = 'x'.repeat(500) + 'abc';
		expect(jaro(long, long + 'd')).toBeCloseTo(jellyfishJaro(long, long + 'd'), 12);
		expect(jaro('MARTHA', 'MARHTA')).toBeCloseTo(0.9444, 4);
	});
});
