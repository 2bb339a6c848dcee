import { backFill } from './backFill';

const isMissing = (value: unknown) => value === null || Number.isNaN(value);

describe('backFill', () => {
	it('mirrors the pandas ffill docstring example with limit=2', () => {
		const input = [NaN, 'single_one', NaN, 'fill_two_more', NaN, NaN, NaN, 4.71, NaN];
		// bfill(limit=2): the gap of three before 4.71 gets two values, next to 4.71.
		expect(backFill(input, isMissing, 2)).toEqual({
			values: ['single_one', 'single_one', 'fill_two_more', 'fill_two_more', NaN, 4.71, 4.71, 4.71, NaN],
			filled: 4,
		});
	});

	it('fills every gap without a limit and keeps the trailing gap', () => {
		expect(backFill([null, 'a', null, 'b', null], isMissing)).toEqual({ values: ['a', 'a', 'b', 'b', null], filled: 2 });
	});

	it('fills nothing when every value is missing', () => {
		expect(backFill([null, NaN], isMissing)).toEqual({ values: [null, NaN], filled: 0 });
	});
});
