import fc from 'fast-check';
import { sortPairs } from './sortPairs';

describe('sortPairs', () => {
	it('sorts by left, then right', () => {
		const sorted = sortPairs({ left: Uint32Array.of(1, 0, 0), right: Uint32Array.of(2, 3, 1), count: 3 }, 4);
		expect(sorted).toEqual({ left: Uint32Array.of(0, 0, 1), right: Uint32Array.of(1, 3, 2), count: 3 });
	});

	it('uses only the first count entries', () => {
		const sorted = sortPairs({ left: Uint32Array.of(2, 0, 9), right: Uint32Array.of(3, 1, 9), count: 2 }, 4);
		expect(sorted).toEqual({ left: Uint32Array.of(0, 2), right: Uint32Array.of(1, 3), count: 2 });
	});

	it('agrees with a comparison sort, also for long runs of one left record', () => {
		const pair = fc.tuple(fc.nat(5), fc.nat(200));
		fc.assert(
			fc.property(fc.array(pair, { maxLength: 300 }), (list) => {
				const pairs = { left: Uint32Array.from(list.map((p) => p[0])), right: Uint32Array.from(list.map((p) => p[1])), count: list.length };
				const sorted = sortPairs(pairs, 201);
				const expected = [...list].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
				expect(Array.from(sorted.left)).toEqual(expected.map((p) => p[0]));
				expect(Array.from(sorted.right)).toEqual(expected.map((p) => p[1]));
			}),
		);
	});
});
