/** Outlier rules (z-score, modified z-score, Tukey's IQR fences, range) and the scores behind them. */
export { modifiedZScores } from './modifiedZScores';
export { outlierBounds, type OutlierRule } from './outlierBounds';
export { robustScale } from './robustScale';
export { standardScale, type Scale } from './standardScale';
export { standardScores } from './standardScores';
export { zScores } from './zScores';
