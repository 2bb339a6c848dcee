import { absoluteDeviations } from './absoluteDeviations';

describe('absoluteDeviations', () => {
	it('measures each number from the centre and drops NaN', () => {
		expect(Array.from(absoluteDeviations([1, NaN, 4, 2], 2))).toEqual([1, 2, 0]);
	});

	it('is empty for empty input', () => {
		expect(absoluteDeviations([], 0).length).toBe(0);
	});
});
