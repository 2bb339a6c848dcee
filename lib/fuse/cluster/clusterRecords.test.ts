import fc from 'fast-check';
import { clusterRecords, HIGHEST_THRESHOLD } from './clusterRecords';
import { connectedComponents } from './connectedComponents';
import { oneToOneLinks } from './oneToOneLinks';
import { pairList, reachable, scoredGraphs } from './testGraphs.test-helper';

describe('clusterRecords', () => {
	it('clusters the components of the pairs at or above the threshold', () => {
		const pairs = pairList([0, 1], [1, 2], [3, 4]);
		const result = clusterRecords(6, pairs, Float64Array.of(0.9, 0.5, 0.49), { threshold: 0.5 });
		expect(result.clusters).toEqual([[0, 1, 2], [3], [4], [5]]);
		expect(Array.from(result.clusterOf)).toEqual([0, 0, 0, 1, 2, 3]);
		expect(result.giantsSplit).toBe(0);
		expect(result.thresholdUsed).toBeUndefined();
	});

	it('one-to-one: a record of A keeps only its best match in B', () => {
		const pairs = pairList([0, 2], [0, 3], [1, 3]);
		const options = { threshold: 0.5, sources: Int32Array.of(0, 0, 1, 1) };
		expect(clusterRecords(4, pairs, Float64Array.of(0.9, 0.95, 0.8), options).clusters).toEqual([[0, 1, 2, 3]]);
		expect(clusterRecords(4, pairs, Float64Array.of(0.9, 0.95, 0.8), { ...options, oneToOne: true }).clusters).toEqual([[0, 3], [1], [2]]);
	});

	it('splits a chained giant at raised thresholds and says so', () => {
		// 0-1-2-3-4-5 chained. At 0.75 nothing breaks; at 0.875 the 0.8 link does, and {0, 1} fits;
		// {2, 3, 4, 5} is raised once more, to 0.9375, where the 0.9 link breaks.
		const pairs = pairList([0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [6, 7]);
		const result = clusterRecords(8, pairs, Float64Array.of(0.99, 0.8, 0.999, 0.9, 0.95, 0.6), { threshold: 0.5, maxClusterSize: 2 });
		expect(result.clusters).toEqual([[0, 1], [2, 3], [4, 5], [6, 7]]);
		expect(result.giantsSplit).toBe(1);
		expect(Array.from(result.thresholdUsed ?? [])).toEqual([0.875, 0.875, 0.9375, 0.9375, 0.9375, 0.9375, 0.5, 0.5]);
	});

	it('leaves components within the size alone', () => {
		const pairs = pairList([0, 1], [1, 2]);
		const result = clusterRecords(3, pairs, Float64Array.of(0.6, 0.6), { threshold: 0.5, maxClusterSize: 3 });
		expect(result.clusters).toEqual([[0, 1, 2]]);
		expect(result.giantsSplit).toBe(0);
		expect(Array.from(result.thresholdUsed ?? [])).toEqual([0.5, 0.5, 0.5]);
	});

	it('joins links of probability 1 strongest first under the size cap when no threshold separates them', () => {
		// Five identical records, all pairs certain: thresholds cannot split them.
		const all: Array<[number, number]> = [];
		for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) all.push([i, j]);
		const result = clusterRecords(5, pairList(...all), new Float64Array(all.length).fill(1), { threshold: 0.9, maxClusterSize: 2 });
		expect(result.clusters).toEqual([[0, 1], [2, 3], [4]]);
		expect(result.giantsSplit).toBe(1);
		expect(Array.from(result.thresholdUsed ?? [])).toEqual([1, 1, 1, 1, 1]);
	});

	it('rejects bad options', () => {
		const pairs = pairList([0, 1]);
		const p = Float64Array.of(0.9);
		expect(() => clusterRecords(2, pairs, p, { threshold: 1.5 })).toThrow('threshold must be between 0 and 1 (got 1.5)');
		expect(() => clusterRecords(2, pairs, p, { threshold: Number.NaN })).toThrow('threshold must be between 0 and 1');
		expect(() => clusterRecords(2, pairs, p, { threshold: 0.5, maxClusterSize: 0 })).toThrow('maxClusterSize must be a whole number of at least 1 (got 0)');
		expect(() => clusterRecords(2, pairs, p, { threshold: 0.5, oneToOne: true })).toThrow('oneToOne needs sources, one per record');
		expect(() => clusterRecords(2, pairs, new Float64Array(0), { threshold: 0.5 })).toThrow('probabilities has 0 entries for 1 pairs');
	});

	describe('properties', () => {
		const options = fc.record({
			threshold: fc.constantFrom(0, 0.5, 0.9, 0.99, 1),
			oneToOne: fc.boolean(),
			maxClusterSize: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
		});

		it('puts every record in exactly one cluster, numbered by lowest record', () => {
			fc.assert(
				fc.property(scoredGraphs(), options, ({ n, pairs, probabilities, sources }, opts) => {
					const { clusterOf, clusters } = clusterRecords(n, pairs, probabilities, { ...opts, sources });
					expect(clusters.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
					clusters.forEach((members, c) => {
						for (const i of members) expect(clusterOf[i]).toBe(c);
						expect([...members].sort((a, b) => a - b)).toEqual(members);
						if (c > 0) expect(members[0]).toBeGreaterThan(clusters[c - 1][0]);
					});
				}),
			);
		});

		it('without a size limit, clusters are the components of the accepted links', () => {
			fc.assert(
				fc.property(scoredGraphs(), options, ({ n, pairs, probabilities, sources }, { threshold, oneToOne }) => {
					const { clusterOf, giantsSplit } = clusterRecords(n, pairs, probabilities, { threshold, oneToOne, sources });
					const accept = oneToOne ? oneToOneLinks(pairs, probabilities, sources, threshold) : Uint8Array.from(probabilities, (p) => (p >= threshold ? 1 : 0));
					expect(clusterOf).toEqual(connectedComponents(n, pairs, accept));
					const components = reachable(n, pairs, (k) => accept[k] === 1);
					for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(clusterOf[i] === clusterOf[j]).toBe(components[i].includes(j));
					expect(giantsSplit).toBe(0);
				}),
			);
		});

		it('the giant guard bounds sizes, only splits (never joins) components, and counts the giants', () => {
			fc.assert(
				fc.property(scoredGraphs(), options, fc.integer({ min: 1, max: 6 }), ({ n, pairs, probabilities, sources }, { threshold, oneToOne }, maxClusterSize) => {
					const plain = clusterRecords(n, pairs, probabilities, { threshold, oneToOne, sources });
					const guarded = clusterRecords(n, pairs, probabilities, { threshold, oneToOne, sources, maxClusterSize });
					for (const members of guarded.clusters) {
						expect(members.length).toBeLessThanOrEqual(maxClusterSize);
						// Each guarded cluster lies inside one plain component and is connected by links at its threshold.
						expect(new Set(members.map((i) => plain.clusterOf[i])).size).toBe(1);
					}
					expect(guarded.giantsSplit).toBe(plain.clusters.filter((members) => members.length > maxClusterSize).length);
					const used = guarded.thresholdUsed as Float64Array;
					const accept = oneToOne ? oneToOneLinks(pairs, probabilities, sources, threshold) : Uint8Array.from(probabilities, (p) => (p >= threshold ? 1 : 0));
					for (const members of guarded.clusters) {
						const at = used[members[0]];
						for (const i of members) expect(used[i]).toBe(at);
						// Below the final size-capped step, a cluster is a whole component of its links at its threshold.
						if (at < 1) expect(reachable(n, pairs, (k) => accept[k] === 1 && probabilities[k] >= at)[members[0]]).toEqual(members);
					}
					for (let i = 0; i < n; i++) {
						const size = plain.clusters[plain.clusterOf[i]].length;
						if (size <= maxClusterSize) {
							expect(used[i]).toBe(threshold);
							expect(guarded.clusters[guarded.clusterOf[i]]).toEqual(plain.clusters[plain.clusterOf[i]]);
						} else {
							expect(used[i] > threshold || used[i] === 1 || threshold >= HIGHEST_THRESHOLD).toBe(true);
						}
					}
				}),
			);
		});
	});
});
