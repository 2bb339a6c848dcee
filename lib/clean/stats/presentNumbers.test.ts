import { presentNumbers } from './presentNumbers';

describe('presentNumbers', () => {
	it('drops NaN and keeps order and infinities', () => {
		expect(Array.from(presentNumbers([3, NaN, 1, Infinity, NaN]))).toEqual([3, 1, Infinity]);
	});

	it('copies, so callers may rearrange the result', () => {
		const input = new Float64Array([2, 1]);
		const copy = presentNumbers(input);
		copy[0] = 9;
		expect(Array.from(input)).toEqual([2, 1]);
	});

	it('gives an empty array for empty or all-missing input', () => {
		expect(presentNumbers([]).length).toBe(0);
		expect(presentNumbers([NaN, NaN]).length).toBe(0);
	});
});
