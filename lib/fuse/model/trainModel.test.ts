import { valuesComparison } from './modelTestData.test-helper';
import { randomPairs } from './randomPairs';
import { comparisonVectors } from './comparisonVectors';
import { scorePairs } from './scorePairs';
import { seededRandom } from './seededRandom';
import { trainModel } from './trainModel';
import type { LinkageModel } from './linkageModel';

/**
 * Two sources of 500 people, 400 of them in both. Source B's copy of each field is missing with
 * probability 0.05 and replaced by a random value with probability 0.1; A's is missing with 0.03.
 */
function syntheticLink(seed: number) {
	const random = seededRandom(seed);
	const pools = { first: 40, last: 300, city: 15, year: 60 };
	const fields = Object.keys(pools) as Array<keyof typeof pools>;
	const draw = (field: keyof typeof pools) => `${field}${Math.floor(random() * pools[field])}`;
	const truth = Array.from({ length: 600 }, () => Object.fromEntries(fields.map((field) => [field, draw(field)])));
	const values: Record<string, Array<string | undefined>> = Object.fromEntries(fields.map((field) => [field, []]));
	const entity: number[] = [];
	const add = (e: number, missing: number, replaced: number) => {
		entity.push(e);
		for (const field of fields) {
			const r = random();
			values[field].push(r < missing ? undefined : r < missing + replaced ? draw(field) : truth[e][field]);
		}
	};
	for (let e = 0; e < 500; e++) add(e, 0.03, 0);
	for (let e = 100; e < 600; e++) add(e, 0.05, 0.1);
	const sources = Int32Array.from(entity, (_, i) => (i < 500 ? 0 : 1));
	const comparisons = fields.map((field) => valuesComparison(field, values[field]));
	return { comparisons, sources, entity, values, n: entity.length };
}

/** Cross-source pairs agreeing on a field: what blocking on that field gives. */
function blockOn(values: Array<string | undefined>, sources: Int32Array) {
	const left: number[] = [];
	const right: number[] = [];
	for (let i = 0; i < values.length; i++) {
		for (let j = i + 1; j < values.length; j++) {
			if (sources[i] !== sources[j] && values[i] !== undefined && values[i] === values[j]) {
				left.push(i);
				right.push(j);
			}
		}
	}
	return { left: Uint32Array.from(left), right: Uint32Array.from(right), count: left.length };
}

describe('trainModel', () => {
	const data = syntheticLink(11);
	const candidates = randomPairs(data.sources, Infinity, { link: true });
	const trainingRules = [
		{ name: 'city', pairs: blockOn(data.values.city, data.sources), fields: ['city'] },
		{ name: 'year', pairs: blockOn(data.values.year, data.sources), fields: ['year'] },
	];
	const model = trainModel(data.comparisons, data.n, data.sources, candidates, { link: true, trainingRules, seed: 1 });

	it('recovers λ and m of the generating process', () => {
		expect(candidates.count).toBe(250_000);
		// 400 true pairs of 250,000
		expect(model.lambda / (400 / 250_000)).toBeGreaterThan(0.9);
		expect(model.lambda / (400 / 250_000)).toBeLessThan(1.1);
		// m of exact: the share of true pairs, both sides present, that agree (about (0.85 + 0.1 / pool) / 0.95)
		data.comparisons.forEach((comparison, c) => {
			let agree = 0;
			let present = 0;
			for (let i = 0; i < 500; i++) {
				const level = i >= 100 ? comparison.level(i, 400 + i) : 0;
				if (level !== 0) present++;
				if (level === 1) agree++;
			}
			expect(Math.abs(model.comparisons[c].m[1] - agree / present)).toBeLessThan(0.02);
		});
	});

	it('keeps null levels neutral and logs each round with the comparisons it could not train', () => {
		for (const comparison of model.comparisons) expect(comparison.m[0]).toBe(comparison.u[0]);
		expect(model.trainingLog.some((line) => line.includes('EM blocked on "city"') && line.endsWith('not trained: city.'))).toBe(true);
		expect(model.trainingLog.some((line) => line.includes('EM blocked on "year"') && line.endsWith('not trained: year.'))).toBe(true);
		expect(model.trainingLog.some((line) => line.startsWith('λ: EM over 250,000 candidate pairs, m fixed'))).toBe(true);
	});

	it('classifies at probability 0.5 as well as the generating model’s own parameters do', () => {
		const vectors = comparisonVectors(data.comparisons, candidates);
		const f1 = (scored: LinkageModel) => {
			const { probabilities } = scorePairs(scored, data.comparisons, vectors, candidates);
			let truePositives = 0;
			let predicted = 0;
			for (let k = 0; k < candidates.count; k++) {
				if (probabilities[k] < 0.5) continue;
				predicted++;
				if (data.entity[candidates.left[k]] === data.entity[candidates.right[k]]) truePositives++;
			}
			return (2 * truePositives) / (predicted + 400);
		};
		// Corrupted fields make some matches undecidable: the true parameters are the bar, not F1 = 1.
		const pools = [40, 300, 15, 60];
		const truth: LinkageModel = {
			...model,
			lambda: 400 / 250_000,
			comparisons: model.comparisons.map((comparison, c) => {
				const exact = (0.85 + 0.1 / pools[c]) / 0.95;
				return { ...comparison, m: [comparison.u[0], exact, 1 - exact] };
			}),
		};
		const best = f1(truth);
		expect(best).toBeGreaterThan(0.9);
		expect(f1(model)).toBeGreaterThan(best - 0.01);
	});

	it('is plain data that survives JSON', () => {
		expect(JSON.parse(JSON.stringify(model))).toEqual(model);
		for (const comparison of model.comparisons) {
			expect(Array.isArray(comparison.m)).toBe(true);
			for (const value of [...comparison.m, ...comparison.u]) expect(Number.isFinite(value)).toBe(true);
		}
	});

	it('trains m on the candidate pairs when no training rule is given', () => {
		const single = trainModel(data.comparisons, data.n, data.sources, candidates, { link: true, seed: 1 });
		expect(single.trainingLog.some((line) => line.includes('(m trained here too)'))).toBe(true);
		expect(single.lambda / (400 / 250_000)).toBeGreaterThan(0.85);
		expect(single.lambda / (400 / 250_000)).toBeLessThan(1.15);
		expect(Math.abs(single.comparisons[1].m[1] - 0.895)).toBeLessThan(0.05);
	});

	it('uses vectors the caller already has, and gives the same model', () => {
		const withVectors = trainModel(data.comparisons, data.n, data.sources, candidates, {
			link: true,
			seed: 1,
			candidateVectors: comparisonVectors(data.comparisons, candidates),
			trainingRules: trainingRules.map((rule) => ({ ...rule, vectors: comparisonVectors(data.comparisons, rule.pairs) })),
		});
		expect(withVectors).toEqual(model);
		expect(() => trainModel(data.comparisons, data.n, data.sources, candidates, { link: true, candidateVectors: new Uint8Array(3) })).toThrow(RangeError);
	});

	it('skips a rule with no pairs and survives no candidates', () => {
		const empty = { left: new Uint32Array(0), right: new Uint32Array(0), count: 0 };
		const result = trainModel(data.comparisons, data.n, data.sources, empty, {
			link: true,
			samplePairs: 1000,
			trainingRules: [{ name: 'nothing', pairs: empty, fields: [] }],
		});
		expect(result.trainingLog).toContain('m: rule "nothing" blocks no pairs; skipped.');
		expect(result.lambda).toBe(1 / 250_002);
		// untrained m keeps Splink's default start
		expect(result.comparisons[0].m.slice(1)).toEqual([0.95, 0.05]);
		// a rule that blocks nothing trains nothing: the candidates train m
		const fallback = trainModel(data.comparisons, data.n, data.sources, candidates, { link: true, seed: 1, trainingRules: [{ name: 'nothing', pairs: empty, fields: [] }] });
		expect(fallback.trainingLog.some((line) => line.includes('(m trained here too)'))).toBe(true);
	});
});
