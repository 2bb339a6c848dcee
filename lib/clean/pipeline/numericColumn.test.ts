import { fieldReader } from '../../core/record';
import { missingMatcher } from '../missing/missingMatcher';
import { numericColumn } from './numericColumn';

describe('numericColumn', () => {
	const rows = [{ a: 1.5 }, { a: ' 2 ' }, { a: '' }, { a: 'abc' }, { a: Infinity }];
	const read = fieldReader('a');
	const isMissing = missingMatcher();

	it('reads numbers and number text, NaN for the rest', () => {
		expect(Array.from(numericColumn(rows, [0, 1, 2, 3, 4], read, 'a', isMissing, 'missing', [0, 1, 2, 3, 4]))).toEqual([1.5, 2, NaN, NaN, NaN]);
	});

	it('fails on the first non-number, naming its input index and the field', () => {
		expect(() => numericColumn(rows, [0, 2, 3], read, 'a', isMissing, 'fail', [10, 11, 12, 13, 14])).toThrow(
			'Record 14, field "a": "abc" is not a number',
		);
	});
});
