import { convertFields, type ConversionRule } from './convertFields';

describe('convertFields', () => {
	const row = {
		amount: '1.234,5',
		count: '7',
		active: 'ja',
		since: '15.03.2024',
		zip: 10115,
		address: { zip: '10115', geo: { lat: '52,5' } },
		lines: [{ qty: '2' }],
	};
	const rules: ConversionRule[] = [
		{ field: 'amount', to: 'number', options: { locale: 'de' } },
		{ field: 'count', to: 'integer' },
		{ field: 'active', to: 'boolean' },
		{ field: 'since', to: 'date', options: { inputFormats: ['dd.MM.yyyy'], output: 'yyyy-MM-dd' } },
		{ field: 'zip', to: 'string' },
		{ field: 'address.geo.lat', to: 'number' },
		{ field: 'lines.0.qty', to: 'integer' },
	];

	it('converts each field by its rule, nested paths included', () => {
		expect(convertFields(row, rules, 'fail')).toEqual({
			row: {
				amount: 1234.5,
				count: 7,
				active: true,
				since: '2024-03-15',
				zip: '10115',
				address: { zip: '10115', geo: { lat: 52.5 } },
				lines: [{ qty: 2 }],
			},
			errors: [],
		});
	});

	it('returns a new row and never changes the input', () => {
		const copy = structuredClone(row);
		const { row: out } = convertFields(row, rules, 'keep');
		expect(row).toEqual(copy);
		expect(out).not.toBe(row);
		expect(convertFields(row, [], 'keep').row).not.toBe(row);
		expect(convertFields({ a: 'x' }, [{ field: 'a', to: 'number' }], 'fail').row).toEqual({ a: 'x' });
	});

	it('keeps failed values and reports them with keep', () => {
		const result = convertFields({ a: 'abc', b: '12', c: 'maybe' }, [
			{ field: 'a', to: 'number' },
			{ field: 'b', to: 'number' },
			{ field: 'c', to: 'boolean' },
		], 'keep');
		expect(result).toEqual({
			row: { a: 'abc', b: 12, c: 'maybe' },
			errors: [
				{ field: 'a', value: 'abc', reason: '"abc" is not a number' },
				{ field: 'c', value: 'maybe', reason: '"maybe" is not a yes/no value' },
			],
		});
	});

	it('converts nothing but reports every failure with fail', () => {
		const input = { a: 'abc', b: '12', c: { d: 'x' } };
		const result = convertFields(input, [
			{ field: 'a', to: 'number' },
			{ field: 'b', to: 'number' },
			{ field: 'c.d', to: 'integer' },
		], 'fail');
		expect(result.row).toEqual(input);
		expect(result.row).not.toBe(input);
		expect(result.errors.map((e) => e.field)).toEqual(['a', 'c.d']);
	});

	it('skips missing, undefined and null fields', () => {
		expect(convertFields({ b: undefined, c: null, d: { e: null } }, [
			{ field: 'a', to: 'number' },
			{ field: 'b', to: 'number' },
			{ field: 'c', to: 'date' },
			{ field: 'd.e', to: 'string' },
			{ field: 'x.y', to: 'boolean' },
		], 'fail')).toEqual({ row: { b: undefined, c: null, d: { e: null } }, errors: [] });
	});

	it('turns an empty or blank text into null for every type but string', () => {
		expect(convertFields({ a: '', b: ' ', c: '', d: '\t', e: '' }, [
			{ field: 'a', to: 'number' },
			{ field: 'b', to: 'integer' },
			{ field: 'c', to: 'boolean' },
			{ field: 'd', to: 'date' },
			{ field: 'e', to: 'string' },
		], 'fail')).toEqual({ row: { a: null, b: null, c: null, d: null, e: '' }, errors: [] });
	});

	it('applies rules in order, each seeing the result of the ones before', () => {
		expect(convertFields({ a: '1' }, [{ field: 'a', to: 'number' }, { field: 'a', to: 'string' }], 'fail').row).toEqual({ a: '1' });
		expect(convertFields({ a: 1.5 }, [{ field: 'a', to: 'string' }, { field: 'a', to: 'integer', options: { round: 'ceil' } }], 'fail').row).toEqual({ a: 2 });
	});

	it('prefers a flat field whose name is the whole path', () => {
		expect(convertFields({ 'a.b': '1', a: { b: '2' } }, [{ field: 'a.b', to: 'number' }], 'fail').row).toEqual({ 'a.b': 1, a: { b: '2' } });
	});

	it('reports an unknown target type instead of throwing', () => {
		const rule = { field: 'a', to: 'color' } as unknown as ConversionRule;
		expect(convertFields({ a: 'red' }, [rule], 'keep').errors).toEqual([{ field: 'a', value: 'red', reason: '"color" is not a type to convert to' }]);
		const inherited = { field: 'a', to: 'constructor' } as unknown as ConversionRule;
		expect(convertFields({ a: 'red' }, [inherited], 'keep').errors[0].reason).toBe('"constructor" is not a type to convert to');
	});

	it('never reads or writes through a prototype', () => {
		const input = JSON.parse('{"__proto__":{"n":"5"}}');
		const { row: out } = convertFields(input, [{ field: '__proto__.n', to: 'number' }, { field: 'constructor.name', to: 'string' }], 'fail');
		expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ n: 5 });
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
		expect(Object.hasOwn(out, 'constructor')).toBe(false);
		expect(({} as Record<string, unknown>).n).toBeUndefined();
	});
});
