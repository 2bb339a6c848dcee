import fc from 'fast-check';
import { selectInPlace } from './selectInPlace';

describe('selectInPlace', () => {
	it('puts the k-th smallest at k with nothing larger before and nothing smaller after', () => {
		const numbers = Float64Array.from([9, 1, 8, 2, 7, 3, 6, 4, 5]);
		selectInPlace(numbers, 2);
		expect(numbers[2]).toBe(3);
		expect(Math.max(...numbers.subarray(0, 2))).toBeLessThanOrEqual(3);
		expect(Math.min(...numbers.subarray(3))).toBeGreaterThanOrEqual(3);
	});

	it('selects further order statistics from the right of the previous one', () => {
		const numbers = Float64Array.from([9, 1, 8, 2, 7, 3, 6, 4, 5]);
		selectInPlace(numbers, 2);
		selectInPlace(numbers, 6, 3);
		expect([numbers[2], numbers[6]]).toEqual([3, 7]);
	});

	it('stays fast and right on sorted, reversed and constant input', () => {
		const ramp = Float64Array.from({ length: 100_001 }, (_, index) => index);
		selectInPlace(ramp, 777);
		expect(ramp[777]).toBe(777);
		const reversed = Float64Array.from({ length: 100_001 }, (_, index) => -index);
		selectInPlace(reversed, 0);
		expect(reversed[0]).toBe(-100_000);
		const constant = new Float64Array(100_000).fill(2);
		selectInPlace(constant, 50_000);
		expect(constant[50_000]).toBe(2);
	});

	it('agrees with sorting for any k', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 2000 }), fc.nat(), (values, seed) => {
				const k = seed % values.length;
				const numbers = Float64Array.from(values);
				selectInPlace(numbers, k);
				const sorted = Float64Array.from(values).sort();
				expect(numbers[k]).toBe(sorted[k]);
				for (let index = 0; index < k; index++) expect(numbers[index]).toBeLessThanOrEqual(numbers[k]);
				for (let index = k + 1; index < numbers.length; index++) expect(numbers[index]).toBeGreaterThanOrEqual(numbers[k]);
			}),
			{ numRuns: 200 },
		);
	});
});
