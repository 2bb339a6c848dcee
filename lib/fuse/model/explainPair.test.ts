import { comparisonVectors } from './comparisonVectors';
import { explainPair } from './explainPair';
import { scorePairs } from './scorePairs';
import { scoringFixture } from './scoringTestModel.test-helper';
import { termFrequencyTables } from './termFrequencyTables';

describe('explainPair', () => {
	const { comparisons, model, pairs, n } = scoringFixture();
	const vectors = comparisonVectors(comparisons, pairs);
	const tf = termFrequencyTables(comparisons, n);

	it('adds up, prior plus every step, to the weight and probability scorePairs gives', () => {
		const scores = scorePairs(model, comparisons, vectors, pairs, tf);
		for (let k = 0; k < pairs.count; k++) {
			const explanation = explainPair(model, comparisons, vectors, k, pairs, tf);
			const sum = explanation.comparisons.reduce((total, step) => total + step.weight, explanation.prior);
			expect(sum).toBeCloseTo(explanation.weight, 12);
			expect(explanation.weight).toBeCloseTo(scores.weights[k], 12);
			expect(explanation.probability).toBeCloseTo(scores.probabilities[k], 12);
			for (const step of explanation.comparisons) expect(Math.log2(step.bayesFactor)).toBeCloseTo(step.weight, 12);
		}
	});

	it('names each level with its m and u, and shows a term frequency in place of u', () => {
		const rare = explainPair(model, comparisons, vectors, 1, pairs, tf);
		expect(rare.prior).toBeCloseTo(Math.log2(0.01 / 0.99), 12);
		expect(rare.comparisons[0]).toEqual({
			name: 'surname',
			level: 'exact',
			m: 0.9,
			u: expect.closeTo(2 / 7, 12),
			levelU: 0.01,
			bayesFactor: expect.closeTo(0.9 / (2 / 7), 10),
			weight: expect.closeTo(Math.log2(0.9 / (2 / 7)), 12),
		});
		expect(rare.comparisons[1]).toEqual({ name: 'city', level: 'exact', m: 0.8, u: 0.1, bayesFactor: expect.closeTo(8, 10), weight: expect.closeTo(3, 12) });
	});

	it('gives a null level a Bayes factor of 1', () => {
		const step = explainPair(model, comparisons, vectors, 2, pairs, tf).comparisons[0];
		expect(step.level).toBe('null');
		expect(step.bayesFactor).toBe(1);
		expect(step.weight).toBe(0);
	});

	it('rejects a pair index out of range', () => {
		expect(() => explainPair(model, comparisons, vectors, 5, pairs)).toThrow(RangeError);
	});
});
