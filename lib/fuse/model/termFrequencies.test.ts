import { termFrequencies } from './termFrequencies';
import { valuesComparison } from './modelTestData.test-helper';

describe('termFrequencies', () => {
	it('is each value’s share among the records that have a value', () => {
		const surname = valuesComparison('surname', ['smith', 'smith', 'jones', undefined]);
		const tf = termFrequencies(surname, 4);
		expect(tf.get('smith')).toBeCloseTo(2 / 3, 15);
		expect(tf.get('jones')).toBeCloseTo(1 / 3, 15);
		expect(tf.size).toBe(2);
	});

	it('reads only the first n records and is empty when all are missing', () => {
		expect(termFrequencies(valuesComparison('x', ['a', 'b', 'b']), 1)).toEqual(new Map([['a', 1]]));
		expect(termFrequencies(valuesComparison('x', [undefined]), 1).size).toBe(0);
	});
});
