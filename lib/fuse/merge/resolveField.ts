import { fieldReader } from '../../core/record';
import { aggregateNumbers } from './aggregateNumbers';
import { applyRules } from './applyRules';
import { concatUnique } from './concatUnique';
import { CONFLICT_STRATEGIES, type ClusterMember, type ConflictStrategy, type FieldResolution, type Picked } from './conflictRule';
import { isMissing } from './isMissing';
import { pickHighest } from './pickHighest';
import { readTimestamp } from './readTimestamp';
import { voteValue } from './voteValue';
import { weightedAverage } from './weightedAverage';

/**
 * Facts about a cluster's members that several fields need, worked out once: `fuseCluster`
 * passes one context per cluster, so record completeness and updated-at times are read once per
 * member, not once per field. Start with `{}`; it fills itself.
 */
export interface ResolveContext {
	completeness?: number[];
	timestamps?: Map<string, Array<number | undefined>>;
}

const KNOWN_STRATEGIES = new Set<string>(CONFLICT_STRATEGIES);

/**
 * Chooses one field's golden value among a cluster's members with a conflict strategy (see
 * `ConflictStrategy` for each). Returns the value, the positions in `members` of the members that
 * gave it (one, or several for `average`, `sum`, `weightedAverage`, `concatUnique` and `vote`),
 * and the strategy that decided, for lineage. A field every member misses is null from no member.
 * The field is read as an own property only, so `constructor` is never a prototype's.
 * Settings are not checked here (that is `checkFusionPolicy`'s job, once); an unknown strategy
 * name throws.
 *
 * @example
 * const members = [
 * 	{ record: { name: 'Ann', updated: '2024-01-01' }, source: 'crm', index: 0 },
 * 	{ record: { name: 'Anna', updated: '2024-06-01' }, source: 'shop', index: 7 },
 * ];
 * resolveField(members, 'name', { strategy: 'mostRecent', updatedAtField: 'updated' });
 * // { value: 'Anna', from: [1], strategy: 'mostRecent' }
 * resolveField(members, 'name', { strategy: 'sourcePriority', order: ['crm'] });
 * // { value: 'Ann', from: [0], strategy: 'sourcePriority' }
 */
export function resolveField(members: readonly ClusterMember[], field: string, strategy: ConflictStrategy, context: ResolveContext = {}): FieldResolution {
	const name = strategy?.strategy;
	if (!KNOWN_STRATEGIES.has(name)) throw new Error(`Field "${field}": unknown conflict strategy ${JSON.stringify(name)}`);
	const read = fieldReader(field);
	const values: unknown[] = new Array(members.length);
	let anyPresent = false;
	for (let position = 0; position < members.length; position++) {
		values[position] = read(members[position].record);
		if (!anyPresent && !isMissing(values[position])) anyPresent = true;
	}
	if (!anyPresent) return { value: null, from: [], strategy: name };
	return resolveValues(values, members, strategy, context);
}

function resolveValues(values: unknown[], members: readonly ClusterMember[], strategy: ConflictStrategy, context: ResolveContext): FieldResolution {
	if (strategy.strategy === 'rules') {
		const resolve = (inner: ConflictStrategy): FieldResolution => resolveValues(values, members, inner, context);
		return applyRules(values, members, strategy.rules, resolve) ?? { value: null, from: [], strategy: 'rules' };
	}
	const picked = pick(values, members, strategy, context);
	return { value: picked === undefined ? null : picked.value, from: picked === undefined ? [] : picked.from, strategy: strategy.strategy };
}

function pick(values: unknown[], members: readonly ClusterMember[], strategy: Exclude<ConflictStrategy, { strategy: 'rules' }>, context: ResolveContext): Picked | undefined {
	switch (strategy.strategy) {
		case 'sourcePriority': {
			const order = strategy.order;
			// Minus the rank, so the highest score is the first source; unlisted sources rank last.
			return pickHighest(
				values,
				members.map((member) => -(order.includes(member.source) ? order.indexOf(member.source) : order.length)),
			);
		}
		case 'mostRecent':
			return pickHighest(values, memberTimestamps(members, strategy.updatedAtField, context));
		case 'mostComplete':
			context.completeness ??= members.map((member) => filledFieldCount(member.record));
			return pickHighest(values, context.completeness);
		case 'longest':
			return pickHighest(
				values,
				values.map((value) => (typeof value === 'string' ? codePointLength(value.trim()) : undefined)),
			);
		case 'firstNonEmpty':
			return pickHighest(values, []);
		case 'vote':
			return voteValue(values);
		case 'average':
		case 'min':
		case 'max':
		case 'sum':
			return aggregateNumbers(values, strategy.strategy);
		case 'weightedAverage':
			return weightedAverage(values, members, strategy.weights);
		case 'concatUnique':
			return concatUnique(values, strategy.separator ?? ', ');
		default:
			throw new Error(`Unknown conflict strategy ${JSON.stringify((strategy as { strategy: unknown }).strategy)}`);
	}
}

function memberTimestamps(members: readonly ClusterMember[], field: string, context: ResolveContext): Array<number | undefined> {
	context.timestamps ??= new Map();
	let times = context.timestamps.get(field);
	if (times === undefined) {
		const read = fieldReader(field);
		times = members.map((member) => readTimestamp(read(member.record)));
		context.timestamps.set(field, times);
	}
	return times;
}

function filledFieldCount(record: Record<string, unknown>): number {
	let count = 0;
	for (const value of Object.values(record)) if (!isMissing(value)) count++;
	return count;
}

/** Length in characters as people count them: a surrogate pair (an emoji) is one. */
function codePointLength(text: string): number {
	let length = text.length;
	for (let k = 0; k < text.length - 1; k++) {
		const code = text.charCodeAt(k);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(k + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				length--;
				k++;
			}
		}
	}
	return length;
}
