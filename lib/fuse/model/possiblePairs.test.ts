import { possiblePairs } from './possiblePairs';

describe('possiblePairs', () => {
	it('counts cross-source pairs in link mode and all pairs in dedupe mode', () => {
		const sources = Int32Array.from([0, 0, 1, 1, 1]);
		expect(possiblePairs(sources, true)).toBe(6);
		expect(possiblePairs(sources, false)).toBe(10);
		// three sources of 2, 3, 4: 2·3 + 2·4 + 3·4
		expect(possiblePairs(Int32Array.from([0, 0, 1, 1, 1, 2, 2, 2, 2]), true)).toBe(26);
		// FEBRL4: 5,000 × 5,000
		expect(possiblePairs(new Int32Array(10_000).map((_, i) => (i < 5000 ? 0 : 1)), true)).toBe(25_000_000);
	});

	it('has no pairs with one record, or one source in link mode', () => {
		expect(possiblePairs(Int32Array.from([0]), false)).toBe(0);
		expect(possiblePairs(Int32Array.from([0, 0, 0]), true)).toBe(0);
	});
});
