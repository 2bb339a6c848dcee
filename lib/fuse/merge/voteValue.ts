import { stableText } from '../../clean/dedupe/stableText';
import type { Picked } from './conflictRule';
import { isMissing } from './isMissing';

/**
 * The most frequent non-missing value, with every member that holds it. Values are equal as
 * data (`stableText`): `1` and `'1'` differ, objects compare by content, and text is compared as
 * written (normalise first to vote on `'Anna'` and `'anna '` together). A tie goes to the value
 * seen first in member order, so the result depends on nothing but member order. `undefined`
 * when every value is missing.
 *
 * @example
 * voteValue(['b', 'a', 'a', null, 'b']); // { value: 'b', from: [0, 4] } (tie: 'b' came first)
 * voteValue([1, '1', 1]); // { value: 1, from: [0, 2] }
 */
export function voteValue(values: readonly unknown[]): Picked | undefined {
	const groups = new Map<string, number[]>();
	let best: number[] | undefined;
	for (let position = 0; position < values.length; position++) {
		const value = values[position];
		if (isMissing(value)) continue;
		const text = stableText(value);
		let group = groups.get(text);
		if (group === undefined) {
			group = [];
			groups.set(text, group);
		}
		group.push(position);
	}
	// Map order is first-seen order, so "strictly more" keeps the earlier value on a tie.
	for (const group of groups.values()) {
		if (best === undefined || group.length > best.length) best = group;
	}
	return best === undefined ? undefined : { value: values[best[0]], from: best };
}
