/** Entity resolution end to end: blocking, comparing, scoring, clustering, golden records and pairs for review. */
export { goldenRecords, type GoldenRecord, type GoldenRecordOptions } from './goldenRecords';
export { resolveEntities } from './resolveEntities';
export { scoredPairs, type ScoredPair, type ScoredPairOptions } from './scoredPairs';
export type * from './types';
export { weightedScores } from './weightedScores';
