import { forwardFill } from './forwardFill';

const isMissing = (value: unknown) => value === null || Number.isNaN(value);

describe('forwardFill', () => {
	it('reproduces the pandas docstring example with limit=2', () => {
		const input = [NaN, 'single_one', NaN, 'fill_two_more', NaN, NaN, NaN, 4.71, NaN];
		expect(forwardFill(input, isMissing, 2)).toEqual({
			values: [NaN, 'single_one', 'single_one', 'fill_two_more', 'fill_two_more', 'fill_two_more', NaN, 4.71, 4.71],
			filled: 4,
		});
	});

	it('fills every gap without a limit and keeps the leading gap', () => {
		expect(forwardFill([null, null, 'a', null, null, null], isMissing)).toEqual({
			values: [null, null, 'a', 'a', 'a', 'a'],
			filled: 3,
		});
	});

	it('keeps unfilled missing values as they were', () => {
		const { values } = forwardFill([undefined, 1, null, null], (value) => value == null, 1);
		expect(values).toEqual([undefined, 1, 1, null]);
	});

	it('fills with the value itself, falsy values included', () => {
		expect(forwardFill([0, null, false, null, '', null], isMissing).values).toEqual([0, 0, false, false, '', '']);
	});
});
