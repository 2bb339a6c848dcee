/**
 * Fusion: golden records from clusters of matched records with conflict strategies declared as
 * data (and lineage per field), stacking sources, and joining two sources on keys.
 */
export { aggregateNumbers, type NumberAggregate } from './aggregateNumbers';
export { appendSources, type AppendOptions, type AppendResult } from './appendSources';
export { applyRules } from './applyRules';
export { checkFusionPolicy } from './checkFusionPolicy';
export { concatUnique } from './concatUnique';
export {
	CONFLICT_STRATEGIES,
	type ClusterMember,
	type ConflictRule,
	type ConflictStrategy,
	type FieldResolution,
	type FusionPolicy,
	type Picked,
} from './conflictRule';
export { fuseCluster, type FieldLineage, type FuseClusterOptions, type FusedCluster } from './fuseCluster';
export { isMissing } from './isMissing';
export { joinedRowBuilder, type JoinClash } from './joinedRowBuilder';
export { joinKeyNormaliser, type JoinKeyNormalisation } from './joinKeyNormaliser';
export { joinOnKeys, type JoinKey, type JoinOptions, type JoinResult } from './joinOnKeys';
export { pickHighest } from './pickHighest';
export { readTimestamp } from './readTimestamp';
export { resolveField, type ResolveContext } from './resolveField';
export { voteValue } from './voteValue';
export { weightedAverage } from './weightedAverage';
