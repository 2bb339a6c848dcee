import { emptyPairList, PairListBuilder } from './pairList';

describe('PairListBuilder', () => {
	it('keeps pushed pairs in order and trims them on finish', () => {
		const builder = new PairListBuilder(2);
		for (let k = 0; k < 100; k++) builder.push(k, k + 1);
		expect(builder.count).toBe(100);
		const pairs = builder.finish();
		expect(pairs.count).toBe(100);
		expect(pairs.left.length).toBe(100);
		expect(Array.from(pairs.left.slice(0, 3))).toEqual([0, 1, 2]);
		expect(Array.from(pairs.right.slice(97))).toEqual([98, 99, 100]);
	});

	it('returns copies from finish, so pushing on does not change them', () => {
		const builder = new PairListBuilder(1);
		builder.push(0, 1);
		const first = builder.finish();
		builder.push(2, 3);
		expect(first.count).toBe(1);
		expect(Array.from(first.left)).toEqual([0]);
		expect(builder.finish().count).toBe(2);
	});

	it('views the pairs without copying, and reserve keeps what was pushed', () => {
		const builder = new PairListBuilder(1);
		builder.push(4, 5);
		builder.reserve(1000);
		builder.push(6, 7);
		const view = builder.view();
		expect(view.count).toBe(2);
		expect(Array.from(view.left)).toEqual([4, 6]);
		expect(Array.from(view.right)).toEqual([5, 7]);
	});

	it('starts even from a capacity of 0', () => {
		const builder = new PairListBuilder(0);
		builder.push(1, 2);
		expect(builder.finish()).toEqual({ left: Uint32Array.of(1), right: Uint32Array.of(2), count: 1 });
	});
});

describe('emptyPairList', () => {
	it('has no pairs', () => {
		expect(emptyPairList()).toEqual({ left: new Uint32Array(0), right: new Uint32Array(0), count: 0 });
	});
});
