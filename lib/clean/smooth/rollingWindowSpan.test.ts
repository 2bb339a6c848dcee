import { rollingWindowSpan } from './rollingWindowSpan';

describe('rollingWindowSpan', () => {
	it('ends trailing windows at the position', () => {
		expect(rollingWindowSpan(1, false)).toEqual({ before: 0, after: 0 });
		expect(rollingWindowSpan(4, false)).toEqual({ before: 3, after: 0 });
	});

	it('centres odd windows and gives even windows their extra value on the left, as pandas', () => {
		expect(rollingWindowSpan(3, true)).toEqual({ before: 1, after: 1 });
		expect(rollingWindowSpan(4, true)).toEqual({ before: 2, after: 1 });
		// pandas rolling(2, center=True) is the same as the trailing window.
		expect(rollingWindowSpan(2, true)).toEqual({ before: 1, after: 0 });
		expect(rollingWindowSpan(1, true)).toEqual({ before: 0, after: 0 });
	});

	it('refuses windows that are not whole numbers of at least 1', () => {
		for (const window of [0, -1, 2.5, NaN, Infinity]) {
			expect(() => rollingWindowSpan(window, false)).toThrow(RangeError);
		}
		expect(() => rollingWindowSpan(0, true)).toThrow('The window must be a whole number of at least 1, got 0');
	});
});
