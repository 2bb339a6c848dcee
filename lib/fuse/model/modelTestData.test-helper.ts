import type { CompiledComparison } from '../compare/comparison';
import { seededRandom } from './seededRandom';

/**
 * Test support for lib/fuse/model (not part of the library): compiled comparisons over plain value
 * arrays, so the model's tests do not depend on lib/fuse/compare, and comparison vectors drawn
 * from a known model.
 *
 * @example
 * const surname = valuesComparison('surname', ['smith', undefined, 'smith']);
 * surname.level(0, 2); // 1 (exact)
 */
export function valuesComparison(name: string, values: Array<string | undefined>, options: { termFrequency?: boolean } = {}): CompiledComparison {
	return {
		name,
		field: name,
		levels: [{ kind: 'null' }, { kind: 'exact', termFrequency: options.termFrequency }, { kind: 'else' }],
		labels: ['null', 'exact', 'else'],
		nullLevel: 0,
		level: (i, j) => (values[i] === undefined || values[j] === undefined ? 0 : values[i] === values[j] ? 1 : 2),
		valueKey: (i) => values[i],
	};
}

/** A known model to draw comparison vectors from: per comparison, the null share and m, u over the non-null levels. */
export interface KnownModel {
	lambda: number;
	nullLevels: number[];
	nullShare: number[];
	m: number[][];
	u: number[][];
}

/**
 * `count` comparison vectors drawn from `model` with a seeded generator: match with probability
 * λ, then each comparison null with its null share (the same for matches and non-matches), else a
 * level drawn from m or u. Returns the vectors and which rows are matches.
 */
export function drawVectors(model: KnownModel, count: number, seed: number): { vectors: Uint8Array; isMatch: Uint8Array } {
	const random = seededRandom(seed);
	const C = model.m.length;
	const vectors = new Uint8Array(count * C);
	const isMatch = new Uint8Array(count);
	for (let k = 0; k < count; k++) {
		const match = random() < model.lambda;
		isMatch[k] = match ? 1 : 0;
		for (let c = 0; c < C; c++) {
			const nullLevel = model.nullLevels[c];
			if (nullLevel >= 0 && random() < model.nullShare[c]) {
				vectors[k * C + c] = nullLevel;
				continue;
			}
			const probabilities = match ? model.m[c] : model.u[c];
			let r = random();
			let level = 0;
			for (; level < probabilities.length - 1; level++) {
				if (level === nullLevel) continue;
				r -= probabilities[level];
				if (r < 0) break;
			}
			vectors[k * C + c] = level;
		}
	}
	return { vectors, isMatch };
}
