import { presentNumbers } from './presentNumbers';

/**
 * `|x − centre|` for each number of `values`, NaNs (missing) dropped: the spread around a
 * centre that `medianAbsoluteDeviation` and `meanAbsoluteDeviationFromMedian` summarise.
 *
 * @example
 * absoluteDeviations([1, NaN, 4], 2); // Float64Array [1, 2]
 */
export function absoluteDeviations(values: ArrayLike<number>, centre: number): Float64Array {
	const deviations = presentNumbers(values);
	for (let index = 0; index < deviations.length; index++) {
		deviations[index] = Math.abs(deviations[index] - centre);
	}
	return deviations;
}
