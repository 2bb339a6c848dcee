import { randomPairs } from './randomPairs';

describe('randomPairs', () => {
	it('lists every pair once when asked for at least as many as exist', () => {
		const link = randomPairs(Int32Array.from([0, 0, 1]), 10, { link: true });
		expect(Array.from(link.left.subarray(0, link.count))).toEqual([0, 1]);
		expect(Array.from(link.right.subarray(0, link.count))).toEqual([2, 2]);
		expect(randomPairs(Int32Array.from([0, 0, 0]), 3, { link: false }).count).toBe(3);
	});

	it('draws only cross-source pairs in link mode, each pair of sources in proportion n_a × n_b', () => {
		// sources of 50, 100 and 150 records: 5,000 + 7,500 + 15,000 = 27,500 cross pairs
		const sources = Int32Array.from({ length: 300 }, (_, i) => (i < 50 ? 0 : i < 150 ? 1 : 2));
		const pairs = randomPairs(sources, 20_000, { link: true, seed: 3 });
		expect(pairs.count).toBe(20_000);
		const bySources = new Map<string, number>();
		for (let k = 0; k < pairs.count; k++) {
			expect(pairs.left[k]).toBeLessThan(pairs.right[k]);
			expect(sources[pairs.left[k]]).not.toBe(sources[pairs.right[k]]);
			const key = `${sources[pairs.left[k]]}-${sources[pairs.right[k]]}`;
			bySources.set(key, (bySources.get(key) ?? 0) + 1);
		}
		expect(Math.abs(bySources.get('0-1')! / 20_000 - 5_000 / 27_500)).toBeLessThan(0.01);
		expect(Math.abs(bySources.get('0-2')! / 20_000 - 7_500 / 27_500)).toBeLessThan(0.01);
		expect(Math.abs(bySources.get('1-2')! / 20_000 - 15_000 / 27_500)).toBeLessThan(0.01);
	});

	it('draws two distinct records uniformly in dedupe mode, the same pairs for the same seed', () => {
		const sources = new Int32Array(1000);
		const pairs = randomPairs(sources, 200_000, { link: false, seed: 9 });
		// each record is in 2 × 200,000 / 1,000 = 400 pairs on average
		const appearances = new Array<number>(1000).fill(0);
		for (let k = 0; k < pairs.count; k++) {
			expect(pairs.left[k]).toBeLessThan(pairs.right[k]);
			appearances[pairs.left[k]]++;
			appearances[pairs.right[k]]++;
		}
		for (const count of appearances) expect(Math.abs(count - 400)).toBeLessThan(100);
		const again = randomPairs(sources, 200_000, { link: false, seed: 9 });
		expect(again.left).toEqual(pairs.left);
		expect(again.right).toEqual(pairs.right);
		expect(randomPairs(sources, 10, { link: false, seed: 10 }).left).not.toEqual(again.left.subarray(0, 10));
	});
});
