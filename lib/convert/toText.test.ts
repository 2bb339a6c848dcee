import { toText } from './toText';

const value = (input: unknown) => {
	const result = toText(input);
	return result.ok ? result.value : `failed: ${result.reason}`;
};

describe('toText', () => {
	it('passes text and writes numbers and booleans', () => {
		expect(value('abc')).toBe('abc');
		expect(value('')).toBe('');
		expect(value(12.5)).toBe('12.5');
		expect(value(-0)).toBe('0');
		expect(value(1e21)).toBe('1e+21');
		expect(value(false)).toBe('false');
		expect(value(12n)).toBe('12');
	});

	it('writes null and undefined as empty text', () => {
		expect(value(null)).toBe('');
		expect(value(undefined)).toBe('');
	});

	it('writes dates as ISO 8601', () => {
		expect(value(new Date('2024-03-15T10:30:00Z'))).toBe('2024-03-15T10:30:00.000Z');
		expect(value(new Date(NaN))).toBe('failed: an invalid date cannot be written as text');
	});

	it('writes objects and lists as compact JSON', () => {
		expect(value({ a: [1, 'x'], b: null, d: new Date(0) })).toBe('{"a":[1,"x"],"b":null,"d":"1970-01-01T00:00:00.000Z"}');
		expect(value([])).toBe('[]');
		expect(value(JSON.parse('{"__proto__":1}'))).toBe('{"__proto__":1}');
	});

	it('fails for values JSON cannot hold', () => {
		const loop: Record<string, unknown> = {};
		loop.self = loop;
		expect(value(loop)).toBe('failed: an object that contains itself or a BigInt cannot be written as text');
		expect(value([1n])).toBe('failed: a list that contains itself or a BigInt cannot be written as text');
		expect(value(() => 1)).toBe('failed: a function cannot be written as text');
		expect(value(Symbol('s'))).toBe('failed: a symbol cannot be written as text');
	});
});
