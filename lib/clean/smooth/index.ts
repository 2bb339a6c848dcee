/** Smoothing number columns as pandas rolling and ewm do: moving average, moving median, exponential. */
export { exponentialSmoothing } from './exponentialSmoothing';
export { movingAverage } from './movingAverage';
export { movingMedian } from './movingMedian';
export { rollingWindowSpan } from './rollingWindowSpan';
export { SlidingMedian } from './SlidingMedian';
