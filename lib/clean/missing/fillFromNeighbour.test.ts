import fc from 'fast-check';
import { fillFromNeighbour } from './fillFromNeighbour';

const isNull = (value: unknown) => value === null;

describe('fillFromNeighbour', () => {
	it('fills forward and backward', () => {
		expect(fillFromNeighbour([null, 1, null, 2, null], isNull, 'forward')).toEqual({ values: [null, 1, 1, 2, 2], filled: 2 });
		expect(fillFromNeighbour([null, 1, null, 2, null], isNull, 'backward')).toEqual({ values: [1, 1, 2, 2, null], filled: 2 });
	});

	it('returns a new array and leaves the input alone', () => {
		const input = [1, null];
		const { values } = fillFromNeighbour(input, isNull, 'forward');
		expect(values).not.toBe(input);
		expect(input).toEqual([1, null]);
	});

	it('refuses a limit that is not a whole number of at least 1', () => {
		for (const limit of [0, -1, 1.5, NaN, Infinity]) {
			expect(() => fillFromNeighbour([], isNull, 'forward', limit)).toThrow(RangeError);
		}
		expect(() => fillFromNeighbour([], isNull, 'forward', 0)).toThrow('The fill limit must be a whole number of at least 1, got 0');
	});

	it('with a limit, fills only the first values of each gap', () => {
		fc.assert(
			fc.property(fc.array(fc.option(fc.integer(), { nil: null })), fc.integer({ min: 1, max: 4 }), (input, limit) => {
				const { values, filled } = fillFromNeighbour(input, isNull, 'forward', limit);
				let run = 0;
				let seen = false;
				let changed = 0;
				input.forEach((value, index) => {
					if (value !== null) {
						seen = true;
						run = 0;
						expect(values[index]).toBe(value);
						return;
					}
					run++;
					const shouldFill = seen && run <= limit;
					expect(values[index] === null).toBe(!shouldFill);
					if (shouldFill) changed++;
				});
				expect(filled).toBe(changed);
			}),
		);
	});
});
