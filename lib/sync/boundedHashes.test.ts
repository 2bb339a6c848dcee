import { boundedHashes } from './boundedHashes';

describe('boundedHashes', () => {
	it('updates synced records and keeps the others', () => {
		expect(boundedHashes({ a: '1', b: '2' }, new Map([['a', '3']]), 10)).toEqual({ b: '2', a: '3' });
	});

	it('drops the oldest entries first, never a record synced now while older ones are left', () => {
		const out = boundedHashes({ a: '1', b: '2', c: '3' }, new Map([['b', '9'], ['d', '4']]), 3);
		expect(out).toEqual({ c: '3', b: '9', d: '4' });
	});

	it('keeps the latest synced records when they alone exceed the bound', () => {
		expect(boundedHashes({ a: '1' }, new Map([['x', '1'], ['y', '2'], ['z', '3']]), 2)).toEqual({ y: '2', z: '3' });
		expect(boundedHashes({ a: '1' }, new Map([['x', '1']]), 0)).toEqual({});
	});

	it('stores a key named __proto__ as data', () => {
		const out = boundedHashes({}, new Map([['__proto__', 'h']]), 5);
		expect(Object.keys(out)).toEqual(['__proto__']);
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
	});

	it('refuses a bound that is not a whole number', () => {
		expect(() => boundedHashes({}, new Map(), -1)).toThrow(RangeError);
	});
});
