/** Statistics over number columns (NaN = missing, skipped), matching pandas/numpy defaults. */
export { absoluteDeviations } from './absoluteDeviations';
export { maximum } from './maximum';
export { mean } from './mean';
export { meanAbsoluteDeviationFromMedian } from './meanAbsoluteDeviationFromMedian';
export { median } from './median';
export { medianAbsoluteDeviation } from './medianAbsoluteDeviation';
export { minimum } from './minimum';
export { mode } from './mode';
export { presentNumbers } from './presentNumbers';
export { quantileLinear } from './quantileLinear';
export { quantilesLinear } from './quantilesLinear';
export { sampleStandardDeviation } from './sampleStandardDeviation';
export { selectInPlace } from './selectInPlace';
export { selectMedian } from './selectMedian';
export { sortedNumbers } from './sortedNumbers';
export { toFiniteNumber } from './toFiniteNumber';
