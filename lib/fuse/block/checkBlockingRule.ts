import { BLOCKING_TRANSFORMS, type BlockingRule } from './blockingRule';
import { ruleName } from './ruleName';

/**
 * Checks that a blocking rule is well formed, so a mistake in a declared rule fails up front with
 * a message naming the rule (its position, 1-based, and its name) instead of silently blocking
 * nothing: the rule needs at least one key, every key a non-empty `field` (and `otherField`, if
 * given), a known `transform`, and `firstN` a whole `n` of at least 1.
 *
 * A field that no record has is not an error here: the rule then simply makes no pairs.
 *
 * @example
 * checkBlockingRule({ keys: [{ field: 'surname', transform: 'firstN', n: 3 }] }, 0); // passes
 * checkBlockingRule({ keys: [] }, 1); // throws 'Blocking rule 2 has no keys'
 */
export function checkBlockingRule(rule: BlockingRule, index: number): void {
	const keys: unknown = rule?.keys;
	const label = () => `Blocking rule ${index + 1}${describe(rule)}`;
	if (!Array.isArray(keys) || keys.length === 0) throw new Error(`${label()} has no keys`);
	keys.forEach((key: unknown, k) => {
		const where = `${label()}, key ${k + 1}`;
		if (typeof key !== 'object' || key === null) throw new Error(`${where} is not an object with a field`);
		const { field, otherField, transform, n } = key as Record<string, unknown>;
		if (typeof field !== 'string' || field === '') throw new Error(`${where} has no field`);
		if (otherField !== undefined && (typeof otherField !== 'string' || otherField === '')) {
			throw new Error(`${where} has an empty otherField: leave it out to compare "${field}" with itself`);
		}
		if (transform !== undefined && !BLOCKING_TRANSFORMS.includes(transform as never)) {
			throw new Error(`${where} has the unknown transform ${JSON.stringify(transform)}; use one of ${BLOCKING_TRANSFORMS.join(', ')}`);
		}
		if (transform === 'firstN' && !(typeof n === 'number' && Number.isInteger(n) && n >= 1)) {
			throw new Error(`${where} uses firstN without a whole number n of at least 1 (got ${JSON.stringify(n)})`);
		}
	});
}

/** ` ("name")` when the rule has a usable name, else nothing: a broken rule's keys may not read well. */
function describe(rule: BlockingRule): string {
	if (typeof rule?.name === 'string' && rule.name.trim() !== '') return ` ("${rule.name}")`;
	const keys: unknown = rule?.keys;
	if (!Array.isArray(keys) || !keys.every((key) => typeof key?.field === 'string' && key.field !== '')) return '';
	const name = ruleName(rule);
	return name === '' ? '' : ` ("${name}")`;
}
