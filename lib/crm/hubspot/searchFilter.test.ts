import { searchFilter } from './searchFilter';

describe('searchFilter', () => {
	it('maps each operator to HubSpot’s', () => {
		const operators = { eq: 'EQ', neq: 'NEQ', gt: 'GT', gte: 'GTE', lt: 'LT', lte: 'LTE', contains: 'CONTAINS_TOKEN' } as const;
		for (const [operator, expected] of Object.entries(operators)) {
			expect(searchFilter({ field: ' email ', operator: operator as keyof typeof operators, value: 'x' })).toEqual({ propertyName: 'email', operator: expected, value: 'x' });
		}
	});

	it('refuses an unknown operator or an empty field', () => {
		expect(() => searchFilter({ field: 'email', operator: 'like' as never, value: 'x' })).toThrow('Unknown filter operator "like"');
		expect(() => searchFilter({ field: ' ', operator: 'eq', value: 'x' })).toThrow('no property name');
	});
});
