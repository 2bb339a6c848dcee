import type { Picked } from './conflictRule';
import { isMissing } from './isMissing';

/**
 * The non-missing value whose score is highest: the one rule behind `mostRecent` (score = time),
 * `mostComplete` (filled fields), `longest` (text length) and `sourcePriority` (minus the rank).
 * An `undefined` score loses to every number, so an undated member never beats a dated one but
 * still gives a value when no member is scored; equal scores go to the earlier member, so the
 * result never depends on anything but member order. `undefined` when every value is missing.
 *
 * @example
 * pickHighest(['a', 'b', null], [1, 3, 9]); // { value: 'b', from: [1] } (the 9 has no value)
 * pickHighest(['a', 'b'], [undefined, undefined]); // { value: 'a', from: [0] }
 */
export function pickHighest(values: readonly unknown[], scores: ArrayLike<number | undefined>): Picked | undefined {
	let best = -1;
	let bestScore: number | undefined;
	for (let position = 0; position < values.length; position++) {
		if (isMissing(values[position])) continue;
		const score = scores[position];
		if (best < 0 || (score !== undefined && (bestScore === undefined || score > bestScore))) {
			best = position;
			bestScore = score;
		}
	}
	return best < 0 ? undefined : { value: values[best], from: [best] };
}
