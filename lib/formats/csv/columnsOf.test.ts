import { columnsOf } from './columnsOf';

describe('columnsOf', () => {
	it('unites the keys in first-seen order', () => {
		expect(columnsOf([{ id: 1, name: 'A' }, { email: 'b@x.io', id: 2 }, {}])).toEqual(['id', 'name', 'email']);
	});

	it('is empty for no rows', () => {
		expect(columnsOf([])).toEqual([]);
	});

	it('includes own prototype-named keys and nothing inherited', () => {
		const row = JSON.parse('{"__proto__": 1, "a": 2}') as Record<string, unknown>;
		expect(columnsOf([row, Object.create({ inherited: 1 }) as Record<string, unknown>])).toEqual(['__proto__', 'a']);
	});
});
