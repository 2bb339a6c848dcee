/**
 * Fills NaNs by linear interpolation between the numbers around them, as pandas
 * `Series.interpolate()` with its defaults (`limit_direction='forward'`):
 * - without `positions`, the values are taken as equally spaced (`method='linear'`);
 * - with `positions` (one finite x per value, ascending), by those x values (`method='index'`),
 *   e.g. timestamps, so a gap of two days weighs twice a gap of one;
 * - NaNs before the first number stay NaN; NaNs after the last number take its value.
 *
 * Each filled value is `slope·(x − x₀) + y₀` as numpy `interp` computes it. Where two neighbours
 * share a position the later one's value is used, as `interp` does. Returns a new array and the
 * number of values filled. Throws a RangeError when `positions` has another length, is not
 * ascending or holds a non-finite number.
 *
 * @example
 * interpolateLinear(new Float64Array([0, NaN, 2, NaN])).values; // [0, 1, 2, 2]
 * interpolateLinear(new Float64Array([0, NaN, 3]), [0, 1, 3]).values; // [0, 1, 3]
 */
export function interpolateLinear(
	values: Float64Array,
	positions?: ArrayLike<number>,
): { values: Float64Array; filled: number } {
	const length = values.length;
	if (positions !== undefined) checkPositions(positions, length);
	const result = Float64Array.from(values);
	let filled = 0;
	let previous = -1;
	for (let index = 0; index < length; index++) {
		const value = values[index];
		if (value !== value) continue;
		if (previous >= 0 && index - previous > 1) {
			const y0 = values[previous];
			const x0 = positions === undefined ? previous : positions[previous];
			const x1 = positions === undefined ? index : positions[index];
			const slope = (value - y0) / (x1 - x0);
			for (let gap = previous + 1; gap < index; gap++) {
				const x = positions === undefined ? gap : positions[gap];
				result[gap] = x1 === x0 ? value : slope * (x - x0) + y0;
				filled++;
			}
		}
		previous = index;
	}
	if (previous >= 0) {
		for (let index = previous + 1; index < length; index++) {
			result[index] = values[previous];
			filled++;
		}
	}
	return { values: result, filled };
}

function checkPositions(positions: ArrayLike<number>, length: number): void {
	if (positions.length !== length) {
		throw new RangeError(`Interpolation needs one position per value: got ${positions.length} positions for ${length} values`);
	}
	for (let index = 0; index < length; index++) {
		const position = positions[index];
		if (!Number.isFinite(position)) {
			throw new RangeError(`Interpolation positions must be finite numbers; position ${index} is ${position}`);
		}
		if (index > 0 && position < positions[index - 1]) {
			throw new RangeError(`Interpolation positions must be in ascending order; position ${index} (${position}) is before the one above it (${positions[index - 1]})`);
		}
	}
}
