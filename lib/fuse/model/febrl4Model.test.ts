/**
 * End to end on FEBRL4 (5,000 records in A, 5,000 in B; rec-N-org ↔ rec-N-dup-0 are the 5,000 true
 * pairs) with Splink's "detailed" febrl4 model (splink docs/demos/examples/duckdb/febrl4.nb.py):
 * its 7 blocking rules (FEBRL4_BLOCKING_RULES), its comparisons, u from 1e6 random pairs, m by EM blocked on date_of_birth
 * then postcode. Splink 4.0.15 reached P 1.000, R 0.9984, F1 0.9992 at p = 0.5 and a best F1 of
 * 0.9998 (linkage reference, section 2.1). Recall is end to end: true pairs blocking misses count
 * as false negatives. No label is used in training.
 */
import { blockPairs, FEBRL4_BLOCKING_RULES } from '../block';
import { compileComparison } from '../compare';
import { FEBRL4_DETAILED_COMPARISONS, febrlRows } from '../resolve/accuracyData.test-helper';
import { comparisonVectors } from './comparisonVectors';
import { explainPair } from './explainPair';
import { scorePairs } from './scorePairs';
import { termFrequencyTables } from './termFrequencyTables';
import { trainModel } from './trainModel';

/** Precision, recall and F1 of the pairs flagged, against `positives` true pairs. */
function accuracy(truePositives: number, flagged: number, positives: number) {
	const precision = flagged === 0 ? 1 : truePositives / flagged;
	const recall = truePositives / positives;
	return { truePositives, falsePositives: flagged - truePositives, precision, recall, f1: (2 * truePositives) / (flagged + positives) };
}

describe('FEBRL4 with Splink’s detailed model', () => {
	it('links A to B with F1 ≥ 0.99 at match probability 0.5', async () => {
		const a = await febrlRows('dataset4a.csv');
		const b = await febrlRows('dataset4b.csv');
		const records = [...a, ...b];
		const n = records.length;
		const sources = new Int32Array(n).fill(1, a.length);
		const entity = records.map((row) => /^rec-(\d+)-/.exec(String(row.rec_id))?.[1]);

		const started = performance.now();
		const candidates = blockPairs(records, sources, [...FEBRL4_BLOCKING_RULES], { link: true }).pairs;
		const trainingRules = ['date_of_birth', 'postcode'].map((field) => ({
			name: field,
			pairs: blockPairs(records, sources, [{ keys: [{ field }] }], { link: true }).pairs,
			fields: [field],
		}));
		const comparisons = FEBRL4_DETAILED_COMPARISONS.map((comparison) => compileComparison(comparison, records));
		const blockedAndCompiled = performance.now();
		const model = trainModel(comparisons, n, sources, candidates, { link: true, trainingRules, seed: 1 });
		const trained = performance.now();
		const vectors = comparisonVectors(comparisons, candidates);
		const tf = termFrequencyTables(comparisons, n);
		const { weights, probabilities } = scorePairs(model, comparisons, vectors, candidates, tf);
		const finished = performance.now();

		const isTrue = Uint8Array.from({ length: candidates.count }, (_, k) => (entity[candidates.left[k]] === entity[candidates.right[k]] ? 1 : 0));
		let truePositives = 0;
		let flagged = 0;
		for (let k = 0; k < candidates.count; k++) {
			if (probabilities[k] < 0.5) continue;
			flagged++;
			truePositives += isTrue[k];
		}
		const atHalf = accuracy(truePositives, flagged, 5000);

		// Best F1 over every weight threshold (labels pick it: a ceiling, not a fair score).
		const order = Array.from({ length: candidates.count }, (_, k) => k).sort((x, y) => weights[y] - weights[x]);
		let best = { ...accuracy(0, 0, 5000), weight: Infinity };
		let cumulative = 0;
		order.forEach((k, rank) => {
			cumulative += isTrue[k];
			const nextWeight = rank + 1 < order.length ? weights[order[rank + 1]] : -Infinity;
			if (nextWeight === weights[k]) return;
			const here = accuracy(cumulative, rank + 1, 5000);
			if (here.f1 > best.f1) best = { ...here, weight: weights[k] };
		});

		const format = (r: ReturnType<typeof accuracy>) =>
			`P ${r.precision.toFixed(4)}, R ${r.recall.toFixed(4)}, F1 ${r.f1.toFixed(4)} (TP ${r.truePositives}, FP ${r.falsePositives}, FN ${5000 - r.truePositives})`;
		const truePairsBlocked = isTrue.reduce((sum, value) => sum + value, 0);
		console.log(
			[
				`FEBRL4: ${candidates.count} candidate pairs (${truePairsBlocked} of 5000 true pairs inside)`,
				...model.trainingLog.map((line) => `  ${line}`),
				`  λ = ${model.lambda.toPrecision(4)} (true 1/5000 = 0.0002; Splink's deterministic-rule estimate 0.000239)`,
				`  p ≥ 0.5: ${format(atHalf)}`,
				`  best F1 at weight ${best.weight.toFixed(2)}: ${format(best)}`,
				`  time: blocking + compiling ${(blockedAndCompiled - started).toFixed(0)} ms, training ${(trained - blockedAndCompiled).toFixed(0)} ms, ` +
					`scoring ${(finished - trained).toFixed(0)} ms, total ${(finished - started).toFixed(0)} ms`,
			].join('\n'),
		);

		expect(atHalf.f1).toBeGreaterThanOrEqual(0.99);
		expect(model.lambda).toBeGreaterThan(0.0001);
		expect(model.lambda).toBeLessThan(0.0004);
		// The explanation of the strongest pair adds up to its score.
		const top = explainPair(model, comparisons, vectors, order[0], candidates, tf);
		expect(top.weight).toBeCloseTo(weights[order[0]], 9);
	});
});
