import { fillValue } from './fillValue';
import { missingMatcher } from './missingMatcher';

const isMissing = missingMatcher({ tokens: ['N/A'] });

describe('fillValue', () => {
	it('computes numeric statistics over numbers and plain number text, skipping the rest', () => {
		const column = [1, ' 2 ', null, 'N/A', 'unknown', true, 6, ''];
		expect(fillValue(column, isMissing, 'mean')).toBe(3);
		expect(fillValue(column, isMissing, 'median')).toBe(2);
		expect(fillValue(column, isMissing, 'min')).toBe(1);
		expect(fillValue(column, isMissing, 'max')).toBe(6);
	});

	it('averages the two middle numbers for an even count', () => {
		expect(fillValue([4, 1, 3, 2], isMissing, 'median')).toBe(2.5);
	});

	it('takes the mode of the values as they are', () => {
		expect(fillValue(['b', 'a', 'b', null, 'N/A', 'N/A', 'N/A'], isMissing, 'mode')).toBe('b');
		expect(fillValue(['1', 1, '1'], isMissing, 'mode')).toBe('1');
		expect(fillValue(['x', 'y'], isMissing, 'mode')).toBe('x');
	});

	it('is undefined when there is nothing to compute from', () => {
		expect(fillValue([null, '', 'N/A'], isMissing, 'mean')).toBeUndefined();
		expect(fillValue(['a', 'b'], isMissing, 'max')).toBeUndefined();
		expect(fillValue([], isMissing, 'mode')).toBeUndefined();
	});

	it('refuses an unknown statistic from untyped callers', () => {
		expect(() => fillValue([1], isMissing, 'sum' as never)).toThrow('Unknown fill statistic "sum"');
	});
});
