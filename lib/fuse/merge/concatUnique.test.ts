import { concatUnique } from './concatUnique';

describe('concatUnique', () => {
	it('joins distinct values in member order, naming every member that gave one', () => {
		expect(concatUnique(['a@x.io', null, ' b@y.io ', 'a@x.io'], ', ')).toEqual({ value: 'a@x.io, b@y.io', from: [0, 2, 3] });
	});

	it('flattens arrays and skips their missing items', () => {
		expect(concatUnique([['vip', ['b2b', '']], 'vip', []], ' | ')).toEqual({ value: 'vip | b2b', from: [0, 1] });
	});

	it('writes numbers, booleans, dates and objects as text', () => {
		expect(concatUnique([1, '1', true, new Date(0), { a: 1 }], ';')).toEqual({
			value: '1;true;1970-01-01T00:00:00.000Z;{"a":1}',
			from: [0, 1, 2, 3, 4],
		});
	});

	it('is undefined when nothing is there', () => {
		expect(concatUnique([null, ' ', [], [null]], ', ')).toBeUndefined();
	});
});
