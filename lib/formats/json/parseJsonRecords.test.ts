import { FormatError } from '../../core/formatError';
import { parseJsonRecords } from './parseJsonRecords';

describe('parseJsonRecords', () => {
	it('reads a list of objects', () => {
		expect(parseJsonRecords('[{"a":1},{"a":2,"b":{"c":[1]}}]')).toEqual([{ a: 1 }, { a: 2, b: { c: [1] } }]);
	});

	it('reads the list at a dotted path, with list positions', () => {
		const doc = JSON.stringify({ data: { contacts: [{ id: 1 }] }, pages: [{ rows: [{ id: 2 }, { id: 3 }] }] });
		expect(parseJsonRecords(doc, { path: 'data.contacts' })).toEqual([{ id: 1 }]);
		expect(parseJsonRecords(doc, { path: 'pages[0].rows' })).toEqual([{ id: 2 }, { id: 3 }]);
		expect(parseJsonRecords(doc, { path: 'pages.0.rows' })).toEqual([{ id: 2 }, { id: 3 }]);
	});

	it('makes one record of a single object and wraps non-object entries', () => {
		expect(parseJsonRecords('{"id":7}')).toEqual([{ id: 7 }]);
		expect(parseJsonRecords('[1,"x",null]')).toEqual([{ value: 1 }, { value: 'x' }, { value: null }]);
	});

	it('names a path that leads nowhere, and what is there instead', () => {
		expect(() => parseJsonRecords('{"data":{"items":[]}}', { path: 'data.contacts' })).toThrow(
			/Nothing at "contacts" under data; there: items/,
		);
		expect(() => parseJsonRecords('{"data":{"n":1}}', { path: 'data.n' })).toThrow(/single value/);
	});

	it('never follows a path into a prototype', () => {
		expect(() => parseJsonRecords('{"a":{}}', { path: 'a.constructor.prototype' })).toThrow(FormatError);
	});

	it('keeps __proto__ keys as own fields without touching Object.prototype', () => {
		const [row] = parseJsonRecords('[{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"x":1}}}]');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
		expect(Object.keys(row)).toEqual(['__proto__', 'constructor']);
		expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toEqual({ polluted: 'yes' });
	});

	it('fails malformed JSON with the line', () => {
		let error: unknown;
		try {
			parseJsonRecords('[\n{"a":1},\n{"a":}\n]');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(FormatError);
		expect((error as FormatError).location.line).toBe(3);
	});

	it('strips a byte order mark', () => {
		expect(parseJsonRecords('\ufeff[{"a":1}]')).toEqual([{ a: 1 }]);
	});

	it('enforces the size and record limits', () => {
		expect(() => parseJsonRecords('[{"a":"0123456789"}]', { limits: { maxInputBytes: 10 } })).toThrow(/maxInputBytes/);
		expect(() => parseJsonRecords('[1,2,3]', { limits: { maxRecords: 2 } })).toThrow(/maxRecords/);
	});
});
