import { comparisonVectors } from './comparisonVectors';
import { valuesComparison } from './modelTestData.test-helper';

describe('comparisonVectors', () => {
	it('lays out each pair’s levels row by row', () => {
		const name = valuesComparison('name', ['ann', 'ann', 'bob']);
		const city = valuesComparison('city', ['x', undefined, 'x']);
		const pairs = { left: Uint32Array.from([0, 0, 1]), right: Uint32Array.from([1, 2, 2]), count: 3 };
		expect(Array.from(comparisonVectors([name, city], pairs))).toEqual([1, 0, 2, 1, 2, 0]);
	});

	it('reads only the first `count` pairs', () => {
		const name = valuesComparison('name', ['a', 'a']);
		const pairs = { left: Uint32Array.from([0, 0]), right: Uint32Array.from([1, 1]), count: 1 };
		expect(comparisonVectors([name], pairs)).toHaveLength(1);
	});
});
