import fc from 'fast-check';
import { interpolateLinear } from './interpolateLinear';

const run = (values: number[], positions?: number[]) => {
	const result = interpolateLinear(Float64Array.from(values), positions);
	return { values: Array.from(result.values), filled: result.filled };
};

describe('interpolateLinear', () => {
	it('reproduces the pandas DataFrame.interpolate docstring example', () => {
		expect(run([0, NaN, 2, NaN]).values).toEqual([0, 1, 2, 2]);
		expect(run([NaN, 2, 3, 4]).values).toEqual([NaN, 2, 3, 4]);
		expect(run([-1, NaN, NaN, -4]).values).toEqual([-1, -2, -3, -4]);
		expect(run([1, NaN, 9, 16]).values).toEqual([1, 5, 9, 16]);
	});

	it('reproduces the pandas Series.interpolate docstring example', () => {
		expect(run([0, 1, NaN, 3])).toEqual({ values: [0, 1, 2, 3], filled: 1 });
	});

	it('counts filled values: inner gaps and the trailing gap, not the leading one', () => {
		expect(run([NaN, NaN, 1, NaN, 3, NaN, NaN])).toEqual({ values: [NaN, NaN, 1, 2, 3, 3, 3], filled: 3 });
	});

	it('leaves an all-missing or empty array as it is', () => {
		expect(run([NaN, NaN])).toEqual({ values: [NaN, NaN], filled: 0 });
		expect(run([])).toEqual({ values: [], filled: 0 });
	});

	it('interpolates by positions, as method="index"', () => {
		// pandas: Series([0, NaN, 10], index=[0, 1, 10]).interpolate(method='index') → [0, 1, 10]
		expect(run([0, NaN, 10], [0, 1, 10]).values).toEqual([0, 1, 10]);
		// Equally spaced it would be 5.
		expect(run([0, NaN, 10]).values).toEqual([0, 5, 10]);
		expect(run([NaN, 4, NaN, NaN, 10, NaN], [0, 1, 2, 4, 7, 9]).values).toEqual([NaN, 4, 5, 7, 10, 10]);
	});

	it('takes the later value where both neighbours share a position', () => {
		expect(run([1, NaN, 3], [5, 5, 5]).values).toEqual([1, 3, 3]);
	});

	it('does not change the input', () => {
		const input = Float64Array.from([1, NaN, 3]);
		interpolateLinear(input);
		expect(Number.isNaN(input[1])).toBe(true);
	});

	it('refuses positions of another length, out of order or not finite', () => {
		const values = Float64Array.from([1, NaN, 3]);
		expect(() => interpolateLinear(values, [0, 1])).toThrow('Interpolation needs one position per value: got 2 positions for 3 values');
		expect(() => interpolateLinear(values, [0, 2, 1])).toThrow('ascending order');
		expect(() => interpolateLinear(values, [0, NaN, 1])).toThrow('finite');
	});

	it('keeps filled values between their neighbours and known values unchanged', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.integer({ min: -100, max: 100 }), fc.constant(NaN))), (values) => {
				const result = interpolateLinear(Float64Array.from(values)).values;
				const known = values.map((value, index) => [index, value]).filter(([, value]) => !Number.isNaN(value));
				values.forEach((value, index) => {
					if (!Number.isNaN(value)) return expect(result[index]).toBe(value);
					const before = known.filter(([at]) => at < index).pop();
					const after = known.find(([at]) => at > index);
					if (before === undefined) return expect(result[index]).toBeNaN();
					if (after === undefined) return expect(result[index]).toBe(before[1]);
					expect(result[index]).toBeGreaterThanOrEqual(Math.min(before[1], after[1]) - 1e-9);
					expect(result[index]).toBeLessThanOrEqual(Math.max(before[1], after[1]) + 1e-9);
				});
			}),
		);
	});
});
