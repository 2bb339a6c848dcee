/** Cleaning steps declared as data, run in order over records, with a quality report. */
export { cleanRecords } from './cleanRecords';
export { resolveFields } from './resolveFields';
export { summariseReport } from './summariseReport';
export type * from './types';
