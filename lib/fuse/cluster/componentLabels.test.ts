import { componentLabels } from './componentLabels';
import { UnionFind } from './unionFind';

describe('componentLabels', () => {
	it('numbers sets in order of their lowest record, whatever the union order', () => {
		const sets = new UnionFind(6);
		sets.union(5, 2);
		sets.union(4, 1);
		sets.union(1, 5);
		// {1, 2, 4, 5} is labelled 1 after {0}; {3} comes next.
		expect(Array.from(componentLabels(6, sets))).toEqual([0, 1, 1, 2, 1, 1]);
	});

	it('gives no labels for no records', () => {
		expect(componentLabels(0, new UnionFind(0))).toEqual(new Int32Array(0));
	});
});
