import fc from 'fast-check';
import { countPatterns } from './countPatterns';

describe('countPatterns', () => {
	it('groups identical vectors in first-seen order', () => {
		const result = countPatterns(Uint8Array.from([1, 0, 1, 0, 2, 1]), 2, [3, 2]);
		expect(result.count).toBe(2);
		expect(Array.from(result.patterns)).toEqual([1, 0, 2, 1]);
		expect(Array.from(result.counts)).toEqual([2, 1]);
	});

	it('keeps every pair: counts add up and each pattern is one of the vectors (also with text keys)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 30 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 300 }), (width, raw) => {
				const rows = Math.floor(raw.length / width);
				const vectors = Uint8Array.from(raw.slice(0, rows * width));
				// 30 comparisons of 4 levels overflow a safe-integer key, so both key kinds are exercised.
				const result = countPatterns(vectors, width, new Array<number>(width).fill(4));
				expect(result.counts.reduce((a, b) => a + b, 0)).toBe(rows);
				const seen = new Set<string>();
				for (let k = 0; k < rows; k++) seen.add(vectors.subarray(k * width, (k + 1) * width).join(','));
				expect(result.count).toBe(seen.size);
				for (let p = 0; p < result.count; p++) expect(seen.has(result.patterns.subarray(p * width, (p + 1) * width).join(','))).toBe(true);
			}),
		);
	});
});
