import { sourceSizes } from './sourceSizes';

describe('sourceSizes', () => {
	it('counts records per source index, 0 for an index with none', () => {
		expect(sourceSizes(Int32Array.from([2, 0, 2]))).toEqual([1, 0, 2]);
		expect(sourceSizes(new Int32Array(0))).toEqual([]);
	});

	it('rejects a negative source index', () => {
		expect(() => sourceSizes(Int32Array.from([-1]))).toThrow(RangeError);
	});
});
