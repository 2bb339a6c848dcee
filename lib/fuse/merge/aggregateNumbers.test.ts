import fc from 'fast-check';
import { aggregateNumbers } from './aggregateNumbers';

describe('aggregateNumbers', () => {
	const mixed = [10, ' 20 ', 'n/a', null, true, '1.234,5', 30];

	it('averages and sums numbers and number text, naming every member that counted', () => {
		expect(aggregateNumbers(mixed, 'average')).toEqual({ value: 20, from: [0, 1, 6] });
		expect(aggregateNumbers(mixed, 'sum')).toEqual({ value: 60, from: [0, 1, 6] });
	});

	it('takes the extreme and names the first member holding it', () => {
		expect(aggregateNumbers([3, '1', 1, 7, '7'], 'min')).toEqual({ value: 1, from: [1] });
		expect(aggregateNumbers([3, '1', 1, 7, '7'], 'max')).toEqual({ value: 7, from: [3] });
		expect(aggregateNumbers(['-2.5', 'x'], 'max')).toEqual({ value: -2.5, from: [0] });
	});

	it('sums without losing small values to rounding', () => {
		expect(aggregateNumbers([1e16, 1, -1e16], 'sum')?.value).toBe(1);
		expect(aggregateNumbers([0.1, 0.2, 0.3], 'sum')?.value).toBe(0.6);
	});

	it.each(['average', 'min', 'max', 'sum'] as const)('%s is undefined without numbers', (kind) => {
		expect(aggregateNumbers(['a', null, '', false, NaN, Infinity], kind)).toBeUndefined();
	});

	it('keeps min ≤ average ≤ max', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constant('x'))), (values) => {
				const min = aggregateNumbers(values, 'min');
				const average = aggregateNumbers(values, 'average');
				const max = aggregateNumbers(values, 'max');
				if (!values.some((value) => typeof value === 'number')) return min === undefined && average === undefined && max === undefined;
				return (min!.value as number) <= (average!.value as number) + 1e-9 && (average!.value as number) <= (max!.value as number) + 1e-9;
			}),
		);
	});
});
