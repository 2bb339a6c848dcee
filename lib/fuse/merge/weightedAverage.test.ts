import type { ClusterMember } from './conflictRule';
import { weightedAverage } from './weightedAverage';

const member = (source: string, index = 0): ClusterMember => ({ record: {}, source, index });

describe('weightedAverage', () => {
	it('weights each number by its source, 1 for a source without a weight', () => {
		expect(weightedAverage([10, 20], [member('crm'), member('shop')], { crm: 3 })).toEqual({ value: 12.5, from: [0, 1] });
		expect(weightedAverage(['10', '20', 30], [member('a'), member('b'), member('b')], { a: 2, b: 1 })).toEqual({ value: 17.5, from: [0, 1, 2] });
	});

	it('leaves out weight-0 sources and non-numbers', () => {
		expect(weightedAverage([10, 'x', 40], [member('a'), member('b'), member('c')], { a: 0 })).toEqual({ value: 40, from: [2] });
	});

	it('is undefined when nothing counts', () => {
		expect(weightedAverage([10, null], [member('a'), member('b')], { a: 0 })).toBeUndefined();
	});

	it('does not read weights from the prototype', () => {
		expect(weightedAverage([10, 20], [member('constructor'), member('toString')], {})).toEqual({ value: 15, from: [0, 1] });
	});
});

describe('weightedAverage near the float range', () => {
	it('gives back a single large value whatever its weight', () => {
		expect(weightedAverage([8.98846567431158e307], [member('a')], { a: 2 })?.value).toBe(8.98846567431158e307);
		const value = weightedAverage([-1e308, -1e308, 1e308], [member('a'), member('b'), member('c')], { a: 5, b: 0.5, c: 0.5 })?.value as number;
		expect(value / -1e308).toBeCloseTo(5 / 6, 12);
	});
});
