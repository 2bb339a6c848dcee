import type { BlockingKey, BlockingRule } from './blockingRule';

/**
 * A readable default name for a blocking rule, for reports and error messages: the keys joined
 * with `AND`. A plain key reads `field = otherField`; a transformed key on one field reads as what
 * must agree (`first 3 of surname`), on two fields as an equation
 * (`soundex of given_name = soundex of surname`). The rule's own `name` wins when given.
 *
 * @example
 * ruleName({ keys: [{ field: 'given_name' }, { field: 'surname' }] }); // 'given_name = given_name AND surname = surname'
 * ruleName({ keys: [{ field: 'surname', transform: 'firstN', n: 3 }] }); // 'first 3 of surname'
 * ruleName({ name: 'name swap', keys: [] }); // 'name swap'
 */
export function ruleName(rule: BlockingRule): string {
	if (rule.name !== undefined && rule.name.trim() !== '') return rule.name;
	return (rule.keys ?? []).map(keyName).join(' AND ');
}

function keyName(key: BlockingKey): string {
	const field = String(key?.field);
	const other = key?.otherField ?? field;
	const transform = key?.transform ?? 'exact';
	if (transform === 'exact') return `${field} = ${other}`;
	const of = (name: string) => transformed(transform, key.n, name);
	return other === field ? of(field) : `${of(field)} = ${of(other)}`;
}

function transformed(transform: string, n: number | undefined, field: string): string {
	switch (transform) {
		case 'lower':
			return `lower-case ${field}`;
		case 'firstN':
			return `first ${n} of ${field}`;
		case 'soundex':
			return `soundex of ${field}`;
		case 'fingerprint':
			return `fingerprint of ${field}`;
		case 'digits':
			return `digits of ${field}`;
		default:
			return `${transform} of ${field}`;
	}
}
