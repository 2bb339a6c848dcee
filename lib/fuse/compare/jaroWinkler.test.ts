import fc from 'fast-check';
import { jaro } from './jaro';
import { jaroWinkler } from './jaroWinkler';

describe('jaroWinkler', () => {
	it("gives the published values (jellyfish testdata/jaro_winkler.csv, DuckDB's tests)", () => {
		expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.9611, 4);
		expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 4);
		expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.8133, 4);
		expect(jaroWinkler('William', 'Williams')).toBeCloseTo(0.975, 3);
		expect(jaroWinkler('', 'foo')).toBe(0);
		expect(jaroWinkler('a', 'a')).toBe(1);
		expect(jaroWinkler('abc', 'xyz')).toBe(0);
		expect(jaroWinkler('0', '00')).toBeCloseTo(0.85, 12);
		expect(jaroWinkler('CRATE', 'TRACE')).toBeCloseTo(0.733333, 6);
	});

	it('boosts only above a Jaro score of 0.7, for at most 4 leading characters', () => {
		// jaro('abcdxxxxxx', 'abcdyyyyyy') = (0.4 + 0.4 + 1) / 3 = 0.6: no boost although 4 lead in common.
		expect(jaroWinkler('abcdxxxxxx', 'abcdyyyyyy')).toBeCloseTo(0.6, 12);
		const a = 'abcdefgh';
		const b = 'abcdefhg';
		const score = jaro(a, b);
		expect(jaroWinkler(a, b)).toBeCloseTo(score + 4 * 0.1 * (1 - score), 12);
		expect(jaroWinkler(a, b, 0.2)).toBeCloseTo(score + 4 * 0.2 * (1 - score), 12);
		expect(jaroWinkler(a, b, 0)).toBeCloseTo(score, 12);
	});

	it('refuses a prefix scale that could lift the score above 1', () => {
		expect(() => jaroWinkler('a', 'b', 0.3)).toThrow(RangeError);
		expect(() => jaroWinkler('a', 'b', -0.1)).toThrow(RangeError);
		expect(() => jaroWinkler('a', 'b', NaN)).toThrow(RangeError);
	});

	it('is symmetric, within 0..1, never below Jaro', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', 'ß'), maxLength: 10 });
		fc.assert(
			fc.property(text, text, (a, b) => {
				const score = jaroWinkler(a, b);
				expect(score).toBeCloseTo(jaroWinkler(b, a), 12);
				expect(score).toBeGreaterThanOrEqual(jaro(a, b));
				expect(score).toBeLessThanOrEqual(1);
				expect(score === 1).toBe(a === b && a !== '');
			}),
		);
	});
});
