/**
 * Cleaning records: missing values, outliers, smoothing, text normalisation, validation and
 * de-duplication, each usable on its own, and `cleanRecords` running them as declared steps.
 */
export { RecordError } from '../core/recordError';
export * from './pipeline';
export * from './stats';
export * from './missing';
export * from './outliers';
export * from './smooth';
export * from './normalise';
export * from './validate';
export * from './dedupe';
