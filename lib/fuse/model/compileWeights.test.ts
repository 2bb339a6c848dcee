import { compileWeights } from './compileWeights';
import { valuesComparison } from './modelTestData.test-helper';
import { scoringFixture } from './scoringTestModel.test-helper';
import { termFrequencyTables } from './termFrequencyTables';

describe('compileWeights', () => {
	const { comparisons, model, n } = scoringFixture();

	it('gives log2(m/u) per level, 0 at the null level, and the prior log2(λ/(1−λ))', () => {
		const weights = compileWeights(model, comparisons, undefined, n);
		expect(weights.priorWeight).toBeCloseTo(Math.log2(0.01 / 0.99), 12);
		expect(weights.weight(0, 1, 0, 1)).toBeCloseTo(Math.log2(0.9 / 0.01), 12);
		expect(weights.weight(0, 2, 0, 7)).toBeCloseTo(Math.log2(0.1 / 0.99), 12);
		expect(weights.weight(0, 0, 5, 6)).toBe(0);
		expect(weights.termFrequency(0, 1, 0, 1)).toBeUndefined();
	});

	it('replaces u by the larger term frequency of the two values at a term-frequency level (Splink: m/u × u/tf)', () => {
		const weights = compileWeights(model, comparisons, termFrequencyTables(comparisons, n), n);
		// smith: 4 of the 7 present surnames; rare: 2 of 7
		expect(weights.termFrequency(0, 1, 0, 1)).toBeCloseTo(4 / 7, 12);
		expect(weights.weight(0, 1, 0, 1)).toBeCloseTo(Math.log2(0.9 / (4 / 7)), 12);
		expect(weights.weight(0, 1, 4, 5)).toBeCloseTo(Math.log2(0.9 / (2 / 7)), 12);
		// not at the exact level: no adjustment
		expect(weights.termFrequency(0, 2, 0, 7)).toBeUndefined();
		// the larger of two different values' frequencies (a pair the level calls exact, e.g. after normalising)
		expect(weights.termFrequency(0, 1, 0, 4)).toBeCloseTo(4 / 7, 12);
		expect(weights.termFrequency(0, 1, 4, 0)).toBeCloseTo(4 / 7, 12);
	});

	it('looks term frequencies up the same way with and without a per-record cache', () => {
		const tf = termFrequencyTables(comparisons, n);
		const cached = compileWeights(model, comparisons, tf, n);
		const direct = compileWeights(model, comparisons, tf);
		for (let i = 0; i < n; i++) {
			for (let j = 0; j < n; j++) {
				for (let level = 0; level < 3; level++) expect(direct.weight(0, level, i, j)).toBe(cached.weight(0, level, i, j));
			}
		}
	});

	it('uses the side that has a frequency, and none when neither has', () => {
		const values = ['a', 'a', undefined, undefined];
		const only = [valuesComparison('v', values, { termFrequency: true })];
		const table = new Map([['a', 0.25]]);
		const weights = compileWeights({ ...model, comparisons: [model.comparisons[0]] }, only, [table], 4);
		expect(weights.termFrequency(0, 1, 0, 2)).toBe(0.25);
		expect(weights.termFrequency(0, 1, 2, 0)).toBe(0.25);
		expect(weights.termFrequency(0, 1, 2, 3)).toBeUndefined();
		expect(weights.weight(0, 1, 2, 3)).toBeCloseTo(Math.log2(0.9 / 0.01), 12);
	});

	it('rejects a model trained for other comparisons', () => {
		expect(() => compileWeights(model, [comparisons[0]], undefined, n)).toThrow(/2 comparisons but 1/);
		const shorter = { ...model, comparisons: [model.comparisons[0], { ...model.comparisons[1], m: [0.5, 0.5], u: [0.5, 0.5] }] };
		expect(() => compileWeights(shorter, comparisons, undefined, n)).toThrow(/3 levels/);
	});
});
