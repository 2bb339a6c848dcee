import fc from 'fast-check';
import { oneToOneLinks } from './oneToOneLinks';
import { pairList, scoredGraphs } from './testGraphs.test-helper';

describe('oneToOneLinks', () => {
	it('keeps the most probable link of a record into each other source', () => {
		// A: 0, 1; B: 2, 3. 0 is likelier with 3, so 1 gets 2.
		const pairs = pairList([0, 2], [0, 3], [1, 2], [1, 3]);
		const accept = oneToOneLinks(pairs, Float64Array.of(0.9, 0.99, 0.8, 0.95), Int32Array.of(0, 0, 1, 1), 0.5);
		expect(Array.from(accept)).toEqual([0, 1, 1, 0]);
	});

	it('ignores pairs below the threshold and NaN probabilities', () => {
		const pairs = pairList([0, 2], [1, 3], [1, 2]);
		expect(Array.from(oneToOneLinks(pairs, Float64Array.of(0.4, Number.NaN, 0.6), Int32Array.of(0, 0, 1, 1), 0.5))).toEqual([0, 0, 1]);
	});

	it('breaks ties by pair order', () => {
		const pairs = pairList([0, 2], [1, 2]);
		expect(Array.from(oneToOneLinks(pairs, Float64Array.of(0.9, 0.9), Int32Array.of(0, 0, 1), 0.5))).toEqual([1, 0]);
	});

	it('with three sources, a record may link once into each other source', () => {
		// 0 (source 0) with 1 (source 1) and 2 (source 2); 3 (source 1) loses to 1.
		const pairs = pairList([0, 1], [0, 2], [0, 3]);
		expect(Array.from(oneToOneLinks(pairs, Float64Array.of(0.9, 0.8, 0.7), Int32Array.of(0, 1, 2, 1), 0.5))).toEqual([1, 1, 0]);
	});

	it('rejects negative sources and short probability lists', () => {
		expect(() => oneToOneLinks(pairList([0, 1]), Float64Array.of(1), Int32Array.of(0, -1), 0.5)).toThrow('sources[1] is -1');
		expect(() => oneToOneLinks(pairList([0, 1]), new Float64Array(0), Int32Array.of(0, 1), 0.5)).toThrow('probabilities has 0 entries for 1 pairs');
	});

	it('never gives a record two links into one source, and is the greedy maximal choice', () => {
		fc.assert(
			fc.property(scoredGraphs(), fc.constantFrom(0, 0.5, 0.9), ({ pairs, probabilities, sources }, threshold) => {
				const accept = oneToOneLinks(pairs, probabilities, sources, threshold);
				const linked = new Map<string, number>();
				for (let k = 0; k < pairs.count; k++) {
					if (accept[k] !== 1) continue;
					expect(probabilities[k] >= threshold).toBe(true);
					for (const [record, other] of [
						[pairs.left[k], pairs.right[k]],
						[pairs.right[k], pairs.left[k]],
					]) {
						const key = `${record}:${sources[other]}`;
						expect(linked.has(key)).toBe(false);
						linked.set(key, k);
					}
				}
				// Every pair left out above the threshold is blocked by an accepted link at least as good.
				for (let k = 0; k < pairs.count; k++) {
					if (accept[k] === 1 || !(probabilities[k] >= threshold)) continue;
					const blockers = [linked.get(`${pairs.left[k]}:${sources[pairs.right[k]]}`), linked.get(`${pairs.right[k]}:${sources[pairs.left[k]]}`)];
					const better = (b: number | undefined) => b !== undefined && (probabilities[b] > probabilities[k] || (probabilities[b] === probabilities[k] && b < k));
					expect(blockers.some(better)).toBe(true);
				}
			}),
		);
	});
});
