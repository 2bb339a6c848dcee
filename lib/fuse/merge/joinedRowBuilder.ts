import { stableText } from '../../clean/dedupe/stableText';
import { setField, type Row } from '../../core/record';
import type { ClusterMember, FusionPolicy } from './conflictRule';
import { isMissing } from './isMissing';
import { resolveField, type ResolveContext } from './resolveField';

/**
 * What to do with a field both joined rows hold with different values: keep both under prefixed
 * names, or let a fusion policy choose, the left row counting as `leftSource` and the right as
 * `rightSource`.
 */
export type JoinClash =
	| { mode: 'prefix'; leftPrefix: string; rightPrefix: string }
	| { mode: 'resolve'; policy: FusionPolicy; leftSource: string; rightSource: string };

/**
 * Builds the function that combines a left and a right row into one joined row: the left row's
 * fields in its order, then the right row's other fields in theirs. In prefix mode every field
 * both rows hold becomes `leftPrefix + field` and `rightPrefix + field` in the left field's place
 * (a field already named so is replaced), equal or not, so the joined rows have the same fields.
 * In resolve mode a field both rows hold clashes only when both values are present and differ as
 * data (`stableText`); when one is missing the present one is kept, when they are equal the left
 * one; a clash takes the value `clash.policy` resolves. Fields in `leftKeeps` (join keys
 * with the same name on both sides, equal once normalised) keep the left value, never clash.
 * Field names such as `__proto__` stay own fields.
 *
 * @example
 * const join = joinedRowBuilder({ mode: 'prefix', leftPrefix: 'crm_', rightPrefix: 'shop_' }, new Set(['email']));
 * join({ email: 'A@x.io', name: 'Ann', city: '' }, { email: 'a@x.io', name: 'Anna', city: 'Rome', zip: '1' }, 0, 3);
 * // { email: 'A@x.io', crm_name: 'Ann', shop_name: 'Anna', crm_city: '', shop_city: 'Rome', zip: '1' }
 */
export function joinedRowBuilder(clash: JoinClash, leftKeeps: ReadonlySet<string>): (left: Row, right: Row, leftIndex: number, rightIndex: number) => Row {
	return (left, right, leftIndex, rightIndex) => {
		const joined: Row = {};
		let members: ClusterMember[] | undefined;
		let context: ResolveContext | undefined;
		for (const field of Object.keys(left)) {
			const leftValue = left[field];
			if (!Object.hasOwn(right, field) || leftKeeps.has(field)) {
				setField(joined, field, leftValue);
				continue;
			}
			const rightValue = right[field];
			if (clash.mode === 'prefix') {
				// Every field both rows have is kept twice, equal or not, so every joined row has the
				// same field names (as pandas' merge suffixes do) and an expression never finds one missing.
				setField(joined, clash.leftPrefix + field, leftValue);
				setField(joined, clash.rightPrefix + field, rightValue);
			} else if (isMissing(rightValue) || leftValue === rightValue) {
				setField(joined, field, leftValue);
			} else if (isMissing(leftValue)) {
				setField(joined, field, rightValue);
			} else if (stableText(leftValue) === stableText(rightValue)) {
				setField(joined, field, leftValue);
			} else {
				members ??= [
					{ record: left, source: clash.leftSource, index: leftIndex },
					{ record: right, source: clash.rightSource, index: rightIndex },
				];
				context ??= {};
				const fields = clash.policy.fields;
				const strategy = fields !== undefined && Object.hasOwn(fields, field) ? fields[field] : clash.policy.default;
				setField(joined, field, resolveField(members, field, strategy, context).value);
			}
		}
		for (const field of Object.keys(right)) {
			if (!Object.hasOwn(left, field)) setField(joined, field, right[field]);
		}
		return joined;
	};
}
