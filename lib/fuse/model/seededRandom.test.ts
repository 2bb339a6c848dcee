import { seededRandom } from './seededRandom';

describe('seededRandom', () => {
	it('repeats its sequence for a seed and differs between seeds', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const first = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(first);
		expect(first[0]).toBe(0.6011037519201636);
		expect(seededRandom(43)()).not.toBe(first[0]);
	});

	it('gives floats in [0, 1) with a mean near 0.5 and every tenth equally often', () => {
		const random = seededRandom(1);
		const deciles = new Array<number>(10).fill(0);
		let sum = 0;
		for (let k = 0; k < 100_000; k++) {
			const value = random();
			expect(value >= 0 && value < 1).toBe(true);
			sum += value;
			deciles[Math.floor(value * 10)]++;
		}
		expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
		for (const count of deciles) expect(Math.abs(count - 10_000)).toBeLessThan(400);
	});
});
