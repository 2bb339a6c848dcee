import fc from 'fast-check';
import { connectedComponents } from './connectedComponents';
import { reachable, scoredGraphs } from './testGraphs.test-helper';

describe('connectedComponents', () => {
	it('joins records through accepted pairs only, singletons included', () => {
		const pairs = { left: Uint32Array.of(0, 1, 3), right: Uint32Array.of(2, 2, 4), count: 3 };
		expect(Array.from(connectedComponents(5, pairs, Uint8Array.of(1, 1, 0)))).toEqual([0, 0, 0, 1, 2]);
		expect(Array.from(connectedComponents(5, pairs, Uint8Array.of(0, 1, 1)))).toEqual([0, 1, 1, 2, 2]);
		expect(Array.from(connectedComponents(3, { left: new Uint32Array(0), right: new Uint32Array(0), count: 0 }, new Uint8Array(0)))).toEqual([0, 1, 2]);
	});

	it('labels are the components: same label exactly when reachable, numbered by lowest record', () => {
		fc.assert(
			fc.property(scoredGraphs(), fc.double({ min: 0, max: 1, noNaN: true }), ({ n, pairs, probabilities }, threshold) => {
				const accept = Uint8Array.from(probabilities, (p) => (p >= threshold ? 1 : 0));
				const labels = connectedComponents(n, pairs, accept);
				const components = reachable(n, pairs, (k) => accept[k] === 1);
				let next = 0;
				for (let i = 0; i < n; i++) {
					for (let j = 0; j < n; j++) expect(labels[i] === labels[j]).toBe(components[i].includes(j));
					// A record starts a new cluster exactly when it is the lowest of its component.
					if (components[i][0] === i) expect(labels[i]).toBe(next++);
				}
			}),
		);
	});
});
