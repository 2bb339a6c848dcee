import { expectationMaximisation } from './expectationMaximisation';
import { drawVectors, type KnownModel } from './modelTestData.test-helper';

const known: KnownModel = {
	lambda: 0.05,
	nullLevels: [0, 0, -1, 0],
	nullShare: [0.1, 0.2, 0, 0.05],
	m: [
		[0, 0.85, 0.1, 0.05],
		[0, 0.9, 0.1],
		[0.8, 0.2],
		[0, 0.7, 0.15, 0.1, 0.05],
	],
	u: [
		[0, 0.01, 0.04, 0.95],
		[0, 0.05, 0.95],
		[0.1, 0.9],
		[0, 0.002, 0.02, 0.1, 0.878],
	],
};
const levels = known.m.map((row) => row.length);
const trueU = known.u.map((row, c) => Float64Array.from(row, (value, level) => (level === known.nullLevels[c] ? known.nullShare[c] : value)));

describe('expectationMaximisation', () => {
	const { vectors } = drawVectors(known, 200_000, 7);

	it('recovers m and λ of a known model from its comparison vectors, u fixed', () => {
		const result = expectationMaximisation(vectors, 4, levels, trueU, { nullLevels: known.nullLevels });
		expect(result.converged).toBe(true);
		expect(result.lambda).toBeGreaterThan(0.045);
		expect(result.lambda).toBeLessThan(0.055);
		for (let c = 0; c < 4; c++) {
			for (let level = 0; level < levels[c]; level++) {
				if (level === known.nullLevels[c]) continue;
				expect(Math.abs(result.m[c][level] - known.m[c][level])).toBeLessThan(0.02);
			}
		}
	});

	it('keeps null levels neutral: m = u there, and nulls injected at random change nothing else', () => {
		const result = expectationMaximisation(vectors, 4, levels, trueU, { nullLevels: known.nullLevels });
		expect(result.m[0][0]).toBe(trueU[0][0]);
		expect(result.trained[0][0]).toBe(false);

		// Blank out comparison 3 in every third pair: its null share rises, nothing else should move.
		const blanked = Uint8Array.from(vectors);
		for (let k = 0; k < blanked.length / 4; k += 3) blanked[k * 4 + 3] = 0;
		const again = expectationMaximisation(blanked, 4, levels, trueU, { nullLevels: known.nullLevels });
		expect(Math.abs(again.lambda - result.lambda)).toBeLessThan(0.002);
		for (let level = 1; level < 5; level++) expect(Math.abs(again.m[3][level] - result.m[3][level])).toBeLessThan(0.02);
		expect(Math.abs(again.m[0][1] - result.m[0][1])).toBeLessThan(0.01);
	});

	it('treats a null level as an ordinary level when told of none', () => {
		const result = expectationMaximisation(vectors, 4, levels, trueU, {});
		expect(result.trained[0][0]).toBe(true);
		expect(result.m[0][0]).not.toBe(trueU[0][0]);
	});

	it('leaves fixed comparisons out of the likelihood and returns their m unchanged', () => {
		const mStart = levels.map((count) => new Float64Array(count).fill(1 / count));
		const fixed = expectationMaximisation(vectors, 4, levels, trueU, { nullLevels: known.nullLevels, fixedComparisons: [false, true, false, false], mStart });
		expect(Array.from(fixed.m[1])).toEqual([trueU[1][0], 1 / 3, 1 / 3]);
		expect(fixed.trained[1]).toEqual([false, false, false]);

		// The same as EM without comparison 1 at all.
		const rows = vectors.length / 4;
		const without = new Uint8Array(rows * 3);
		for (let k = 0; k < rows; k++) {
			without[k * 3] = vectors[k * 4];
			without[k * 3 + 1] = vectors[k * 4 + 2];
			without[k * 3 + 2] = vectors[k * 4 + 3];
		}
		const dropped = expectationMaximisation(without, 3, [levels[0], levels[2], levels[3]], [trueU[0], trueU[2], trueU[3]], {
			nullLevels: [0, -1, 0],
			mStart: [mStart[0], mStart[2], mStart[3]],
		});
		expect(fixed.lambda).toBeCloseTo(dropped.lambda, 12);
		fixed.m[3].forEach((value, level) => expect(value).toBeCloseTo(dropped.m[2][level], 12));
	});

	it('estimates λ only when m is fixed', () => {
		const mStart = known.m.map((row, c) => Float64Array.from(row, (value, level) => (level === known.nullLevels[c] ? trueU[c][level] : value)));
		const result = expectationMaximisation(vectors, 4, levels, trueU, { nullLevels: known.nullLevels, mStart, estimateM: false, lambda0: 0.5 });
		expect(result.m.map((row) => Array.from(row))).toEqual(mStart.map((row) => Array.from(row)));
		expect(Math.abs(result.lambda - 0.05)).toBeLessThan(0.005);
	});

	it('keeps the start of a level no pair has, and reports it untrained', () => {
		const noFuzzy = Uint8Array.from(vectors, (level, index) => (index % 4 === 0 && level === 2 ? 3 : level));
		const result = expectationMaximisation(noFuzzy, 4, levels, trueU, { nullLevels: known.nullLevels });
		expect(result.trained[0]).toEqual([false, true, false, true]);
		expect(result.m[0][2]).toBe(0.025);
	});

	it('stops after maxIterations, unconverged, and handles no pairs', () => {
		const once = expectationMaximisation(vectors, 4, levels, trueU, { nullLevels: known.nullLevels, maxIterations: 1 });
		expect(once.iterations).toBe(1);
		expect(once.converged).toBe(false);
		const none = expectationMaximisation(new Uint8Array(0), 4, levels, trueU, { nullLevels: known.nullLevels });
		expect(none.iterations).toBe(0);
		expect(Number.isFinite(none.lambda)).toBe(true);
	});
});
