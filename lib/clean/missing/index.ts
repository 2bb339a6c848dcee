/** Missing values: which values count as missing, and filling them as pandas does. */
export { backFill } from './backFill';
export { fillFromNeighbour } from './fillFromNeighbour';
export { fillValue, type FillStatistic } from './fillValue';
export { forwardFill } from './forwardFill';
export { interpolateLinear } from './interpolateLinear';
export { missingMatcher, type MissingSpec } from './missingMatcher';
