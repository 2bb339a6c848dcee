import { isPlainObject } from './isPlainObject';

describe('isPlainObject', () => {
	it('accepts object literals, parsed JSON and null-prototype objects', () => {
		expect(isPlainObject({})).toBe(true);
		expect(isPlainObject(JSON.parse('{"a":{"b":1}}'))).toBe(true);
		expect(isPlainObject(Object.create(null))).toBe(true);
	});

	it('rejects arrays, dates, class instances and primitives', () => {
		class Contact {}
		for (const value of [[], new Date(), new Contact(), null, undefined, 1, 'a', true, new Map()]) {
			expect(isPlainObject(value)).toBe(false);
		}
	});
});
