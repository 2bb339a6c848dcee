import { missingMatcher } from '../missing/missingMatcher';
import { numericColumn } from './numericColumn';

describe('numericColumn', () => {
	const values = [1.5, ' 2 ', '', 'abc', Infinity];
	const isMissing = missingMatcher();

	it('reads numbers and number text, NaN for the rest', () => {
		expect(Array.from(numericColumn(values, [0, 1, 2, 3, 4], 'a', isMissing, 'missing', [0, 1, 2, 3, 4]))).toEqual([1.5, 2, NaN, NaN, NaN]);
	});

	it('fails on the first non-number, naming its input index and the field', () => {
		expect(() => numericColumn(values, [0, 2, 3], 'a', isMissing, 'fail', [10, 11, 12, 13, 14])).toThrow(
			'Record 14, field "a": "abc" is not a number',
		);
	});
});
