/** De-duplication on exact or fingerprinted keys, keeping the first, last or most complete record. */
export { dedupeKey, type DedupeKeyMode } from './dedupeKey';
export { dedupeRecords, type DedupeKeep, type DedupeOptions, type DedupeResult } from './dedupeRecords';
export { stableText } from './stableText';
