import fc from 'fast-check';
import { UnionFind } from './unionFind';

describe('UnionFind', () => {
	it('joins sets and tracks their sizes', () => {
		const sets = new UnionFind(5);
		expect(sets.union(0, 1)).toBe(true);
		expect(sets.union(3, 4)).toBe(true);
		expect(sets.union(1, 0)).toBe(false);
		expect(sets.union(4, 1)).toBe(true);
		expect(sets.find(0)).toBe(sets.find(3));
		expect(sets.find(2)).toBe(2);
		expect(sets.sizeOf(4)).toBe(4);
		expect(sets.sizeOf(2)).toBe(1);
	});

	it('resets a whole set to singletons', () => {
		const sets = new UnionFind(3);
		sets.union(0, 1);
		sets.union(1, 2);
		for (const i of [0, 1, 2]) sets.reset(i);
		expect([sets.find(0), sets.find(1), sets.find(2)]).toEqual([0, 1, 2]);
		expect(sets.sizeOf(1)).toBe(1);
	});

	it('stays shallow on a long chain (union by size, path halving)', () => {
		const n = 100_000;
		const sets = new UnionFind(n);
		for (let i = 1; i < n; i++) sets.union(i - 1, i);
		expect(sets.sizeOf(0)).toBe(n);
		expect(sets.find(n - 1)).toBe(sets.find(0));
	});

	it('agrees with relabelling (the naive way) on random unions', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 20 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1))))), ([n, unions]) => {
				const sets = new UnionFind(n);
				const label = Array.from({ length: n }, (_, i) => i);
				for (const [a, b] of unions) {
					const joined = label[a] !== label[b];
					expect(sets.union(a, b)).toBe(joined);
					const from = label[b];
					for (let i = 0; i < n; i++) if (label[i] === from) label[i] = label[a];
				}
				for (let i = 0; i < n; i++) {
					for (let j = 0; j < n; j++) expect(sets.find(i) === sets.find(j)).toBe(label[i] === label[j]);
					expect(sets.sizeOf(i)).toBe(label.filter((l) => l === label[i]).length);
				}
			}),
		);
	});
});
