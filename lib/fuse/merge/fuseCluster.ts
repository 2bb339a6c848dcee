import { setField, type Row } from '../../core/record';
import type { ClusterMember, FusionPolicy } from './conflictRule';
import { resolveField, type ResolveContext } from './resolveField';

/** Where a golden field came from: the strategy that decided and the input records that gave the value. */
export interface FieldLineage {
	strategy: string;
	sources: Array<{ source: string; index: number }>;
}

export interface FuseClusterOptions {
	/** Fields of the golden record, in this order. Default: every member's fields, in first-seen order. */
	fields?: string[];
	/** Fields left out of the golden record (ids, the source field, …). */
	exclude?: string[];
}

export interface FusedCluster {
	golden: Row;
	lineage: Record<string, FieldLineage>;
}

/**
 * Fuses a cluster of matched records into one golden record, field by field: each field uses
 * `policy.fields[field]` or else `policy.default` (see `resolveField`), and its lineage records
 * the strategy and the `{ source, index }` of every member that gave the value, as HumMer's
 * fusion did. A field every member misses is null with no sources. Field names such as
 * `__proto__` or `constructor` become own fields of the golden record and touch no prototype.
 * Check the policy once with `checkFusionPolicy` before fusing many clusters.
 *
 * @example
 * fuseCluster(
 * 	[
 * 		{ record: { name: 'Ann Lee', phone: '' }, source: 'crm', index: 0 },
 * 		{ record: { name: 'Ann', phone: '+4930123' }, source: 'shop', index: 4 },
 * 	],
 * 	{ default: { strategy: 'sourcePriority', order: ['crm', 'shop'] } },
 * );
 * // golden: { name: 'Ann Lee', phone: '+4930123' }
 * // lineage.phone: { strategy: 'sourcePriority', sources: [{ source: 'shop', index: 4 }] }
 */
export function fuseCluster(members: readonly ClusterMember[], policy: FusionPolicy, options: FuseClusterOptions = {}): FusedCluster {
	const excluded = new Set(options.exclude ?? []);
	const golden: Row = {};
	const lineage: Record<string, FieldLineage> = {};
	const context: ResolveContext = {};
	const done = new Set<string>();
	for (const field of options.fields ?? fieldsInOrder(members)) {
		if (excluded.has(field) || done.has(field)) continue;
		done.add(field);
		const strategy = policy.fields !== undefined && Object.hasOwn(policy.fields, field) ? policy.fields[field] : policy.default;
		const resolved = resolveField(members, field, strategy, context);
		setField(golden, field, resolved.value);
		const sources = resolved.from.map((position) => ({ source: members[position].source, index: members[position].index }));
		setField(lineage, field, { strategy: resolved.strategy, sources });
	}
	return { golden, lineage };
}

function fieldsInOrder(members: readonly ClusterMember[]): Iterable<string> {
	const fields = new Set<string>();
	for (const member of members) for (const field of Object.keys(member.record)) fields.add(field);
	return fields;
}
