/**
 * A deterministic pseudo-random generator (mulberry32) giving floats in [0, 1). The same seed
 * gives the same sequence on every machine, so a trained model can be reproduced exactly; its
 * period of 2^32 is far more than the million or so draws u sampling needs.
 *
 * @example
 * const random = seededRandom(42);
 * random(); // 0.6011037519201636, and the same again for a new seededRandom(42)
 */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
