import { readPath } from './readPath';

describe('readPath', () => {
	const row = { name: 'Ada', address: { zip: '10115', geo: { lat: 52.5 } }, items: [{ price: 3 }], 'a.b': 'flat', empty: undefined };

	it('reads top-level and nested fields', () => {
		expect(readPath(row, 'name')).toEqual({ found: true, value: 'Ada' });
		expect(readPath(row, 'address.geo.lat')).toEqual({ found: true, value: 52.5 });
	});

	it('steps into arrays by index', () => {
		expect(readPath(row, 'items.0.price')).toEqual({ found: true, value: 3 });
		expect(readPath(row, 'items.1.price')).toEqual({ found: false });
		expect(readPath(row, 'items.00.price')).toEqual({ found: false });
	});

	it('reads a flat key containing a dot', () => {
		expect(readPath(row, 'a.b')).toEqual({ found: true, value: 'flat' });
	});

	it('tells a missing field from an undefined one', () => {
		expect(readPath(row, 'missing')).toEqual({ found: false });
		expect(readPath(row, 'address.zip.more')).toEqual({ found: false });
		expect(readPath(row, 'empty')).toEqual({ found: true, value: undefined });
	});

	it('never reads inherited properties', () => {
		expect(readPath(row, '__proto__')).toEqual({ found: false });
		expect(readPath(row, 'constructor.name')).toEqual({ found: false });
		expect(readPath(row, 'items.length')).toEqual({ found: false });
	});

	it('reads an own __proto__ key from parsed JSON', () => {
		expect(readPath(JSON.parse('{"__proto__":{"x":1}}'), '__proto__.x')).toEqual({ found: true, value: 1 });
	});
});
