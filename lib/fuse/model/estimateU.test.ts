import { estimateU } from './estimateU';
import { valuesComparison } from './modelTestData.test-helper';

describe('estimateU', () => {
	const categories = Array.from({ length: 1000 }, (_, i) => `c${i % 10}`);

	it('is the exact level share over all pairs when they are fewer than the sample', () => {
		// 10 categories of 100 records: 10 × C(100, 2) = 49,500 of 499,500 pairs agree
		const [u] = estimateU([valuesComparison('category', categories)], 1000, new Int32Array(1000), { link: false });
		expect(u[1]).toBeCloseTo(49_500 / 499_500, 12);
		expect(u[2]).toBeCloseTo(450_000 / 499_500, 12);
		expect(u[0]).toBe(0);
	});

	it('estimates the same share from a seeded sample, reproducibly', () => {
		const comparisons = [valuesComparison('category', categories)];
		const [u] = estimateU(comparisons, 1000, new Int32Array(1000), { link: false, samplePairs: 100_000, seed: 5, minCountPerLevel: 0 });
		expect(Math.abs(u[1] - 0.0991)).toBeLessThan(0.004);
		expect(estimateU(comparisons, 1000, new Int32Array(1000), { link: false, samplePairs: 100_000, seed: 5, minCountPerLevel: 0 })[0]).toEqual(u);
	});

	it('stops sampling a comparison once every level has minCountPerLevel pairs, not when all pairs are listed', () => {
		// 2,000 records, 10 categories: about 10 % of pairs agree, so 100 agreeing pairs come within the first chunk
		const many = Array.from({ length: 2000 }, (_, i) => `c${i % 10}`);
		const pairsSeen: number[] = [];
		const counting = { ...valuesComparison('category', many), level: (i: number, j: number) => (pairsSeen.push(i), many[i] === many[j] ? 1 : 2) };
		const sampled = estimateU([counting], 2000, new Int32Array(2000), { link: false, samplePairs: 100_000, seed: 2 });
		expect(pairsSeen).toHaveLength(10_000);
		expect(Math.abs(sampled[0][1] - 0.0995)).toBeLessThan(0.01);
		pairsSeen.length = 0;
		estimateU([counting], 2000, new Int32Array(2000), { link: false, samplePairs: 100_000, seed: 2, minCountPerLevel: 0 });
		expect(pairsSeen).toHaveLength(100_000);
		// a level that never reaches the count keeps the whole sample going
		pairsSeen.length = 0;
		estimateU([{ ...counting, levels: [...counting.levels, { kind: 'else' }] }], 2000, new Int32Array(2000), { link: false, samplePairs: 100_000, seed: 2 });
		expect(pairsSeen).toHaveLength(100_000);
		// all 1,999,000 pairs listed: no early stop
		pairsSeen.length = 0;
		estimateU([counting], 2000, new Int32Array(2000), { link: false, samplePairs: 2_000_000 });
		expect(pairsSeen).toHaveLength(1_999_000);
	});

	it('normalises over non-null pairs and keeps the null share apart', () => {
		// records 0..99 missing: pairs with a missing side = 1 − C(900, 2) / C(1000, 2)
		const values = categories.map((value, i) => (i < 100 ? undefined : value));
		const [u] = estimateU([valuesComparison('category', values)], 1000, new Int32Array(1000), { link: false });
		expect(u[0]).toBeCloseTo(1 - 404_550 / 499_500, 12);
		expect(u[1] + u[2]).toBeCloseTo(1, 12);
		// 900 present records, 90 per category: 10 × C(90, 2) agree of C(900, 2)
		expect(u[1]).toBeCloseTo(40_050 / 404_550, 12);
	});

	it('floors a level never seen at 1 / (non-null pairs + 1), and shares u evenly when all are null', () => {
		const distinct = Array.from({ length: 50 }, (_, i) => `v${i}`);
		const [u] = estimateU([valuesComparison('id', distinct)], 50, new Int32Array(50), { link: false });
		expect(u[1]).toBe(1 / (1225 + 1));
		expect(u[2]).toBe(1);
		const [allNull] = estimateU([valuesComparison('id', new Array<undefined>(50))], 50, new Int32Array(50), { link: false });
		expect(Array.from(allNull)).toEqual([1, 0.5, 0.5]);
	});

	it('counts only cross-source pairs in link mode', () => {
		// each source agrees with itself and never with the other
		const values = Array.from({ length: 40 }, (_, i) => (i < 20 ? 'a' : 'b'));
		const sources = Int32Array.from({ length: 40 }, (_, i) => (i < 20 ? 0 : 1));
		const [u] = estimateU([valuesComparison('x', values)], 40, sources, { link: true });
		expect(u[1]).toBe(1 / 401);
		expect(u[2]).toBe(1);
		const [dedupe] = estimateU([valuesComparison('x', values)], 40, sources, { link: false });
		expect(dedupe[1]).toBeCloseTo(380 / 780, 12);
	});

	it('rejects a sources array of the wrong length', () => {
		expect(() => estimateU([], 3, new Int32Array(2), { link: false })).toThrow(RangeError);
	});
});
