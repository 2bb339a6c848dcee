import { describeValue } from './describeValue';

describe('describeValue', () => {
	it('quotes text and shortens long text', () => {
		expect(describeValue('1.2.3')).toBe('"1.2.3"');
		expect(describeValue('say "hi"')).toBe('"say \\"hi\\""');
		expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(40)}…"`);
		expect(describeValue('')).toBe('an empty text');
	});

	it('writes numbers, booleans and empty values as they are', () => {
		expect(describeValue(12.5)).toBe('12.5');
		expect(describeValue(NaN)).toBe('NaN');
		expect(describeValue(false)).toBe('false');
		expect(describeValue(null)).toBe('null');
		expect(describeValue(undefined)).toBe('undefined');
		expect(describeValue(10n)).toBe('10');
	});

	it('names other values by kind', () => {
		expect(describeValue([1])).toBe('a list');
		expect(describeValue({})).toBe('an object');
		expect(describeValue(new Date(0))).toBe('a date');
		expect(describeValue(new Date(NaN))).toBe('an invalid date');
		expect(describeValue(Symbol('s'))).toBe('a symbol');
		expect(describeValue(() => 1)).toBe('a function');
	});
});
