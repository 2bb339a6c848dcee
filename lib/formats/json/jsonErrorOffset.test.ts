import { jsonErrorOffset } from './jsonErrorOffset';

describe('jsonErrorOffset', () => {
	it.each([
		['{"a": }', 6],
		['[1, 2,, 3]', 6],
		['{"a" 1}', 5],
		['[tru]', 1],
		['{"a": "x\u0001"}', 8],
		['[1] 2', 4],
		['[{"a": 1}', 9],
		['"\\q"', 2],
		['[01]', 2],
	])('finds the first bad character of %j', (text, offset) => {
		expect(() => JSON.parse(text)).toThrow();
		expect(jsonErrorOffset(text)).toBe(offset);
	});
});
