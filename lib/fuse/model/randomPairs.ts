import type { PairList } from '../block/pairList';
import { possiblePairs } from './possiblePairs';
import { sourceSizes } from './sourceSizes';
import { seededRandom } from './seededRandom';

/**
 * `count` record pairs drawn uniformly, with replacement, from all pairs of the problem: in link
 * mode only pairs across different sources, in dedupe mode any two distinct records. When
 * `count` reaches the number of possible pairs, every pair is listed once instead, so small
 * inputs get exact rather than sampled shares. Each pair has `left < right`.
 *
 * Link mode picks a pair of sources with probability n_a × n_b / total, then a record of each, so
 * a small source among large ones costs no rejected draws.
 *
 * @example
 * randomPairs(Int32Array.from([0, 0, 1]), 2, { link: true, seed: 1 }); // all pairs: (0,2), (1,2)
 */
export function randomPairs(sources: Int32Array, count: number, options: { link: boolean; seed?: number }): PairList {
	const total = possiblePairs(sources, options.link);
	if (total <= count) return allPairs(sources, options.link, total);
	const random = seededRandom(options.seed ?? 0);
	const left = new Uint32Array(count);
	const right = new Uint32Array(count);
	const pick = options.link ? crossSourcePicker(sources, total, random) : anyTwoPicker(sources.length, random);
	for (let k = 0; k < count; k++) {
		const pair = pick();
		left[k] = pair[0] < pair[1] ? pair[0] : pair[1];
		right[k] = pair[0] < pair[1] ? pair[1] : pair[0];
	}
	return { left, right, count };
}

function allPairs(sources: Int32Array, link: boolean, total: number): PairList {
	const left = new Uint32Array(total);
	const right = new Uint32Array(total);
	let k = 0;
	for (let i = 0; i < sources.length; i++) {
		for (let j = i + 1; j < sources.length; j++) {
			if (link && sources[i] === sources[j]) continue;
			left[k] = i;
			right[k] = j;
			k++;
		}
	}
	return { left, right, count: k };
}

function anyTwoPicker(n: number, random: () => number): () => [number, number] {
	const pair: [number, number] = [0, 0];
	return () => {
		const i = Math.floor(random() * n);
		let j = Math.floor(random() * (n - 1));
		if (j >= i) j++;
		pair[0] = i;
		pair[1] = j;
		return pair;
	};
}

function crossSourcePicker(sources: Int32Array, total: number, random: () => number): () => [number, number] {
	const sizes = sourceSizes(sources);
	const members = sizes.map((size) => new Uint32Array(size));
	const filled = sizes.map(() => 0);
	for (let i = 0; i < sources.length; i++) members[sources[i]][filled[sources[i]]++] = i;
	const first: number[] = [];
	const second: number[] = [];
	const cumulative: number[] = [];
	let sum = 0;
	for (let a = 0; a < sizes.length; a++) {
		for (let b = a + 1; b < sizes.length; b++) {
			if (sizes[a] * sizes[b] === 0) continue;
			sum += sizes[a] * sizes[b];
			first.push(a);
			second.push(b);
			cumulative.push(sum / total);
		}
	}
	const pair: [number, number] = [0, 0];
	return () => {
		const r = random();
		let low = 0;
		let high = cumulative.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (cumulative[middle] > r) high = middle;
			else low = middle + 1;
		}
		const a = members[first[low]];
		const b = members[second[low]];
		pair[0] = a[Math.floor(random() * a.length)];
		pair[1] = b[Math.floor(random() * b.length)];
		return pair;
	};
}
