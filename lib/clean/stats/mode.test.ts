import fc from 'fast-check';
import { mode } from './mode';

const isNullish = (value: unknown) => value === null || value === undefined;

describe('mode', () => {
	it('returns the most frequent non-missing value', () => {
		expect(mode(['x', null, 'y', 'x', null, null], isNullish)).toBe('x');
		expect(mode([3, 1, 3], isNullish)).toBe(3);
	});

	it('breaks ties by the smallest value, as pandas Series.mode()[0]', () => {
		expect(mode([10, 9, 10, 9], isNullish)).toBe(9);
		// Numerically, not as text.
		expect(mode([10, 9, 10, 9, 100, 100], isNullish)).toBe(9);
		expect(mode(['b', 'a', 'b', 'a'], isNullish)).toBe('a');
		// UTF-16 code unit order: upper case before lower case.
		expect(mode(['a', 'B', 'a', 'B'], isNullish)).toBe('B');
		expect(mode([-1, -2, -1, -2], isNullish)).toBe(-2);
	});

	it('puts numbers before text and text before booleans in a tie', () => {
		expect(mode(['1', 2, '1', 2], isNullish)).toBe(2);
		expect(mode([true, 'z', 'z', true], isNullish)).toBe('z');
		expect(mode([true, false, true, false], isNullish)).toBe(false);
	});

	it('keeps values of different types apart', () => {
		expect(mode(['1', 1, '1'], isNullish)).toBe('1');
	});

	it('sorts NaN after numbers when the caller does not count it missing', () => {
		expect(mode([NaN, 5, NaN, 5], () => false)).toBe(5);
		expect(mode([NaN, NaN, 5], () => false)).toBeNaN();
	});

	it('gives the first seen among tied objects', () => {
		const first = { id: 1 };
		const second = { id: 2 };
		expect(mode([first, second], isNullish)).toBe(first);
	});

	it('is undefined when every value is missing', () => {
		expect(mode([], isNullish)).toBeUndefined();
		expect(mode([null, undefined], isNullish)).toBeUndefined();
	});

	it('agrees with counting and sorting for small integers', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1 }), (values) => {
				const counts = new Map<number, number>();
				for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
				const highest = Math.max(...counts.values());
				const expected = Math.min(...[...counts].filter(([, count]) => count === highest).map(([value]) => value));
				expect(mode(values, isNullish)).toBe(expected);
			}),
		);
	});
});
