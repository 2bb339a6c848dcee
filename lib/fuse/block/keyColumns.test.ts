import { keyColumns } from './keyColumns';

describe('keyColumns', () => {
	const records = [
		{ given: 'Ann', surname: 'Lee' },
		{ given: 'Lee', surname: 'ann' },
		{ given: null, surname: 'LEE ' },
	];

	it('numbers distinct texts, -1 for missing, one dictionary per transform across fields', () => {
		const column = keyColumns(records);
		expect(Array.from(column('given').ids)).toEqual([0, 1, -1]);
		const surname = column('surname');
		expect(Array.from(surname.ids)).toEqual([1, 2, 3]);
		expect(surname.size).toBe(4);
		const lower = column('surname', 'lower');
		expect(Array.from(lower.ids)).toEqual([0, 1, 0]);
	});

	it('keeps firstN lengths apart and caches columns', () => {
		const column = keyColumns([{ s: 'smith' }, { s: 'smyth' }]);
		expect(Array.from(column('s', 'firstN', 2).ids)).toEqual([0, 0]);
		expect(Array.from(column('s', 'firstN', 3).ids)).toEqual([0, 1]);
		expect(column('s', 'firstN', 2).ids).toBe(column('s', 'firstN', 2).ids);
	});

	it('reads own properties only', () => {
		const column = keyColumns([{}, { toString: 'x' }]);
		expect(Array.from(column('toString').ids)).toEqual([-1, 0]);
	});
});
