import type { PairList } from '../block';
import { vectorsFromCandidates } from './vectorsFromCandidates';

const pairs = (list: Array<[number, number]>): PairList => ({
	left: Uint32Array.from(list.map(([l]) => l)),
	right: Uint32Array.from(list.map(([, r]) => r)),
	count: list.length,
});

describe('vectorsFromCandidates', () => {
	const candidates = pairs([
		[0, 1],
		[0, 3],
		[1, 2],
		[2, 3],
	]);
	// Two comparisons per pair: the pair's position twice, so copies are easy to recognise.
	const candidateVectors = Uint8Array.from([0, 0, 1, 1, 2, 2, 3, 3]);

	it('copies the vectors of pairs that are all candidates', () => {
		expect(Array.from(vectorsFromCandidates(pairs([[0, 3], [2, 3]]), candidates, candidateVectors, 2)!)).toEqual([1, 1, 3, 3]);
		expect(vectorsFromCandidates(pairs([]), candidates, candidateVectors, 2)).toEqual(new Uint8Array(0));
	});

	it('gives undefined when one pair is not a candidate', () => {
		expect(vectorsFromCandidates(pairs([[0, 1], [1, 3]]), candidates, candidateVectors, 2)).toBeUndefined();
		expect(vectorsFromCandidates(pairs([[3, 4]]), candidates, candidateVectors, 2)).toBeUndefined();
	});
});
