import { groupPositions } from './groups';

describe('groupPositions', () => {
	const rows = [
		{ c: 'x', d: '2024-01-03' },
		{ c: 'y', d: '2024-01-01' },
		{ c: 'x', d: '2024-01-01' },
		{ c: null, d: '' },
		{ c: 'x', d: null },
	];

	it('puts all positions in one group, in input order, without a group field', () => {
		expect(groupPositions(rows.length)).toEqual([[0, 1, 2, 3, 4]]);
	});

	it('groups by value, missing values together, and orders each group with missing order values last', () => {
		expect(groupPositions(rows.length, rows.map((r) => r.c), rows.map((r) => r.d))).toEqual([[2, 0, 4], [1], [3]]);
	});

	it('orders numbers by value, not as text, and keeps 1 and "1" in different groups', () => {
		const numbers = [{ g: 1, n: 10 }, { g: '1', n: 9 }, { g: 1, n: '2' }];
		expect(groupPositions(numbers.length, numbers.map((r) => r.g), numbers.map((r) => r.n))).toEqual([[2, 0], [1]]);
	});
});
