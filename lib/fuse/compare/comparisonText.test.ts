import { comparisonText } from './comparisonText';

describe('comparisonText', () => {
	it('lower-cases and trims text when normalising, keeps it as is otherwise', () => {
		expect(comparisonText('  Smith ', true)).toBe('smith');
		expect(comparisonText('  Smith ', false)).toBe('  Smith ');
		expect(comparisonText('ÉMILE', true)).toBe('émile');
	});

	it('turns numbers, booleans, dates and objects into text', () => {
		expect(comparisonText(42, true)).toBe('42');
		expect(comparisonText(4.5, false)).toBe('4.5');
		expect(comparisonText(10n, true)).toBe('10');
		expect(comparisonText(false, true)).toBe('false');
		expect(comparisonText(new Date('1956-09-09'), true)).toBe('1956-09-09');
		expect(comparisonText(new Date('1956-09-09T10:00:00Z'), false)).toBe('1956-09-09T10:00:00.000Z');
		expect(comparisonText({ b: 1, a: 2 }, false)).toBe('{"a":2,"b":1}');
	});

	it('gives undefined for missing values', () => {
		for (const value of [null, undefined, NaN, '', '   ', new Date(NaN)]) expect(comparisonText(value, true)).toBeUndefined();
		expect(comparisonText('\t', false)).toBeUndefined();
		expect(comparisonText(0, true)).toBe('0');
	});
});
