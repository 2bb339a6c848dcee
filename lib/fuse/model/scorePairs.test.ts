import { comparisonVectors } from './comparisonVectors';
import { scorePairs } from './scorePairs';
import { scoringFixture } from './scoringTestModel.test-helper';
import { termFrequencyTables } from './termFrequencyTables';

describe('scorePairs', () => {
	const { comparisons, model, pairs, n } = scoringFixture();
	const vectors = comparisonVectors(comparisons, pairs);
	const prior = Math.log2(0.01 / 0.99);

	it('adds the prior and each level’s log2(m/u), and turns the weight into a probability', () => {
		const { weights, probabilities } = scorePairs(model, comparisons, vectors, pairs);
		expect(weights[0]).toBeCloseTo(prior + Math.log2(90) + Math.log2(8), 12);
		expect(weights[4]).toBeCloseTo(prior + Math.log2(0.1 / 0.99) + Math.log2(0.2 / 0.9), 12);
		for (let k = 0; k < pairs.count; k++) expect(probabilities[k]).toBeCloseTo(2 ** weights[k] / (1 + 2 ** weights[k]), 12);
	});

	it('adds nothing for a null level', () => {
		const { weights } = scorePairs(model, comparisons, vectors, pairs);
		expect(weights[2]).toBeCloseTo(prior + Math.log2(8), 12);
	});

	it('with term frequencies, counts agreement on a rare surname more than on a common one', () => {
		const plain = scorePairs(model, comparisons, vectors, pairs).weights;
		const adjusted = scorePairs(model, comparisons, vectors, pairs, termFrequencyTables(comparisons, n)).weights;
		expect(plain[0]).toBeCloseTo(plain[1], 12);
		expect(adjusted[1]).toBeGreaterThan(adjusted[0]);
		expect(adjusted[1] - adjusted[0]).toBeCloseTo(Math.log2(4 / 2), 12);
		// a pair that does not agree on surname is untouched
		expect(adjusted[4]).toBe(plain[4]);
	});

	it('scores the same with a model that went through JSON', () => {
		const stored = JSON.parse(JSON.stringify(model));
		const tf = termFrequencyTables(comparisons, n);
		expect(scorePairs(stored, comparisons, vectors, pairs, tf)).toEqual(scorePairs(model, comparisons, vectors, pairs, tf));
	});

	it('rejects vectors that do not fit the pairs', () => {
		expect(() => scorePairs(model, comparisons, vectors.subarray(1), pairs)).toThrow(RangeError);
	});
});
