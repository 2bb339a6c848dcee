import type { ClusterMember, ConflictRule, ConflictStrategy, FieldResolution } from './conflictRule';
import { isMissing } from './isMissing';

/**
 * Runs a `rules` strategy: each rule in order looks at the members of its `source` (every member
 * when it names none) in member order and uses the first non-missing value, or with
 * `when: 'always'` the first member's value even when missing (giving null with that member as
 * lineage); a rule with no such member is passed over. `otherwise` hands the field to its
 * strategy through `resolve`. The strategy text says which entry decided, for lineage:
 * `rules: rule 1 (source "crm")`, `rules: otherwise mostRecent`. `undefined` when no rule
 * applied and there is no `otherwise` (`checkFusionPolicy` rejects such rules).
 *
 * @example
 * const members = [{ record: {}, source: 'shop', index: 0 }, { record: {}, source: 'crm', index: 1 }];
 * applyRules(['Shop Ltd', ''], members, [{ source: 'crm', use: 'value' }, { otherwise: { strategy: 'longest' } }], resolve);
 * // rule 1 finds no value from crm: resolve({ strategy: 'longest' }) decides, as 'rules: otherwise longest'
 */
export function applyRules(
	values: readonly unknown[],
	members: readonly ClusterMember[],
	rules: readonly ConflictRule[],
	resolve: (strategy: ConflictStrategy) => FieldResolution,
): FieldResolution | undefined {
	for (let number = 1; number <= rules.length; number++) {
		const rule = rules[number - 1];
		if ('otherwise' in rule) {
			const resolved = resolve(rule.otherwise);
			return { ...resolved, strategy: `rules: otherwise ${resolved.strategy}` };
		}
		const always = rule.when === 'always';
		for (let position = 0; position < members.length; position++) {
			if (rule.source !== undefined && members[position].source !== rule.source) continue;
			const value = values[position];
			const missing = isMissing(value);
			if (missing && !always) continue;
			const label = (rule.source === undefined ? 'any source' : `source "${rule.source}"`) + (always ? ', always' : '');
			return { value: missing ? null : value, from: [position], strategy: `rules: rule ${number} (${label})` };
		}
	}
	return undefined;
}
