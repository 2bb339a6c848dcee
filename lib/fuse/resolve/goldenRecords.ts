import { fieldReader, type Row } from '../../core/record';
import { fuseCluster, type ClusterMember, type FusionPolicy } from '../merge';
import type { EntityResolution } from './types';

export interface GoldenRecordOptions {
	/** Field naming each record in `_cluster.members` (e.g. the CRM's id); without it, source and index only. */
	idField?: string;
	/** Fields left out of the golden record. */
	exclude?: string[];
}

export interface GoldenRecord {
	record: Row;
	/** The records fused into it (indices into `resolution.records`). */
	members: number[];
}

/**
 * One golden record per cluster, fused field by field by the policy, with `_cluster` (id, size,
 * members with their source, position and id, and the lowest and highest match probability of
 * the links that joined them) and `_lineage` (per field, the strategy and the records that gave
 * the value).
 *
 * @example
 * goldenRecords(resolution, { default: { strategy: 'sourcePriority', order: ['crm', 'erp'] } }, { idField: 'id' });
 * // [{ record: { name: 'Ann Lee', …, _cluster: { id: 1, size: 2, members: [...], matchProbability: { min: 0.97, max: 0.97 } }, _lineage: {...} }, members: [0, 7] }, …]
 */
export function goldenRecords(resolution: EntityResolution, policy: FusionPolicy, options: GoldenRecordOptions = {}): GoldenRecord[] {
	const { records, sources, positions, sourceNames, clusters, clusterOf, pairs, probabilities, threshold } = resolution;
	const low = new Float64Array(clusters.length).fill(Infinity);
	const high = new Float64Array(clusters.length).fill(-Infinity);
	for (let k = 0; k < pairs.count; k++) {
		const p = probabilities[k];
		const c = clusterOf[pairs.left[k]];
		if (p < threshold || c !== clusterOf[pairs.right[k]]) continue;
		if (p < low[c]) low[c] = p;
		if (p > high[c]) high[c] = p;
	}
	const readId = options.idField ? fieldReader(options.idField) : undefined;
	const exclude = ['_cluster', '_lineage', ...(options.exclude ?? [])];
	return clusters.map((members, c) => {
		const clusterMembers: ClusterMember[] = members.map((i) => ({ record: records[i], source: sourceNames[sources[i]], index: positions[i] }));
		const { golden, lineage } = fuseCluster(clusterMembers, policy, { exclude });
		const described = members.map((i) => {
			const member: Record<string, unknown> = { source: sourceNames[sources[i]], index: positions[i] };
			if (readId) member.id = readId(records[i]) ?? null;
			return member;
		});
		const matchProbability = members.length > 1 && Number.isFinite(low[c]) ? { min: low[c], max: high[c] } : null;
		const record: Row = { ...golden, _cluster: { id: c + 1, size: members.length, members: described, matchProbability }, _lineage: lineage };
		return { record, members };
	});
}
