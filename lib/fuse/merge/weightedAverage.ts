import { toFiniteNumber } from '../../clean/stats/toFiniteNumber';
import type { ClusterMember, Picked } from './conflictRule';

/**
 * The average of the numbers among the values (as `aggregateNumbers` reads them), each weighted
 * by its member's source: `weights[source]`, or 1 for a source without a weight, so adding a
 * source never silently drops its data; a weight of 0 leaves a source out. Names the members
 * that counted; `undefined` when none did (no numbers, or only from weight-0 sources).
 *
 * @example
 * const members = [{ record: {}, source: 'crm', index: 0 }, { record: {}, source: 'shop', index: 1 }];
 * weightedAverage([10, 20], members, { crm: 3 }); // { value: 12.5, from: [0, 1] } ((3·10 + 1·20) / 4)
 */
export function weightedAverage(values: readonly unknown[], members: readonly ClusterMember[], weights: Readonly<Record<string, number>>): Picked | undefined {
	const numbers: number[] = [];
	const counted: number[] = [];
	const from: number[] = [];
	for (let position = 0; position < values.length; position++) {
		const number = toFiniteNumber(values[position]);
		if (Number.isNaN(number)) continue;
		const source = members[position].source;
		const weight = Object.hasOwn(weights, source) ? weights[source] : 1;
		if (!(weight > 0)) continue;
		numbers.push(number);
		counted.push(weight);
		from.push(position);
	}
	if (from.length === 0) return undefined;
	let weighted = -0;
	let total = 0;
	for (let k = 0; k < numbers.length; k++) {
		weighted += counted[k] * numbers[k];
		total += counted[k];
	}
	if (Number.isFinite(weighted)) return { value: weighted / total, from };
	// Weights pushed a sum past the float range: shares of 1 cannot, as |Σ share·x| ≤ max |x|.
	weighted = -0;
	for (let k = 0; k < numbers.length; k++) weighted += (counted[k] / total) * numbers[k];
	return { value: weighted, from };
}
