import fc from 'fast-check';
import { stableText } from './stableText';

describe('stableText', () => {
	it.each<[unknown, string]>([
		['1', '"1"'],
		[1, '1'],
		[-0, '0'],
		[1.5, '1.5'],
		[NaN, 'NaN'],
		[-Infinity, '-Infinity'],
		[10n, '10n'],
		[true, 'true'],
		[null, 'null'],
		[undefined, 'undefined'],
		['a\u0000"b', '"a\\u0000\\"b"'],
		[[1, '1', null], '[1,"1",null]'],
		[{ b: 1, a: { d: [], c: {} } }, '{"a":{"c":{},"d":[]},"b":1}'],
		[{ a: 1, b: undefined }, '{"a":1}'],
		[new Date(0), 'Date(1970-01-01T00:00:00.000Z)'],
		[new Date(NaN), 'Date(invalid)'],
	])('%p → %s', (value, expected) => {
		expect(stableText(value)).toBe(expected);
	});

	it('does not depend on key order', () => {
		expect(stableText({ x: 1, y: { p: 2, q: 3 } })).toBe(stableText({ y: { q: 3, p: 2 }, x: 1 }));
	});

	it('keeps types apart', () => {
		const texts = [1, '1', true, 'true', null, 'null', [1], '[1]', {}, '{}', 1n].map(stableText);
		expect(new Set(texts).size).toBe(texts.length);
	});

	it('stops at an object that contains itself', () => {
		const looped: Record<string, unknown> = { a: 1 };
		looped.self = looped;
		expect(stableText(looped)).toBe('{"a":1,"self":~circular}');
		const shared = { z: 1 };
		expect(stableText([shared, shared])).toBe('[{"z":1},{"z":1}]');
	});

	it('writes JSON values as JSON of the same data, whatever their key order', () => {
		const reversed = (value: unknown): unknown => {
			if (Array.isArray(value)) return value.map(reversed);
			if (value === null || typeof value !== 'object') return value;
			return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reversed(inner)]));
		};
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const text = stableText(value);
				expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
				expect(stableText(reversed(value))).toBe(text);
			}),
		);
	});
});
