import { sourceSizes } from './sourceSizes';

/**
 * How many record pairs the problem has before blocking: in link mode the pairs across different
 * sources (n_A × n_B summed over every two sources), in dedupe mode all n(n − 1)/2 pairs. This is
 * the denominator of λ, the probability that two records drawn at random match.
 *
 * @example
 * possiblePairs(Int32Array.from([0, 0, 1, 1, 1]), true); // 6 (2 × 3)
 * possiblePairs(Int32Array.from([0, 0, 1, 1, 1]), false); // 10 (5 × 4 / 2)
 */
export function possiblePairs(sources: Int32Array, link: boolean): number {
	const n = sources.length;
	if (!link) return (n * (n - 1)) / 2;
	const sizes = sourceSizes(sources);
	let squares = 0;
	for (const size of sizes) squares += size * size;
	return (n * n - squares) / 2;
}
