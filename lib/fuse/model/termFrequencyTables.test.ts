import { termFrequencyTables } from './termFrequencyTables';
import { valuesComparison } from './modelTestData.test-helper';

describe('termFrequencyTables', () => {
	it('builds a table only for comparisons with a term-frequency exact level', () => {
		const values = ['a', 'a', 'b', 'c'];
		const tables = termFrequencyTables([valuesComparison('with', values, { termFrequency: true }), valuesComparison('without', values)], 4);
		expect(tables[0]).toEqual(new Map([['a', 0.5], ['b', 0.25], ['c', 0.25]]));
		expect(tables[1]).toBeUndefined();
	});
});
