import { CONFLICT_STRATEGIES, type ConflictStrategy, type FusionPolicy } from './conflictRule';

/**
 * Checks a fusion policy before any record is fused, so that a node can reject bad settings at
 * once: throws an `Error` naming the field (or the default) and the strategy for the first
 * problem: not a strategy object, an unknown strategy, a `sourcePriority` without sources, a
 * `mostRecent` without its field, weights that are not finite numbers ≥ 0, a separator that is
 * not text, `rules` that are empty, malformed, or do not end with exactly one `otherwise`. With
 * `sourceNames`, a source named in an order, a weight or a rule must be one of them.
 *
 * @example
 * checkFusionPolicy({ default: { strategy: 'vote' } }); // fine
 * checkFusionPolicy({ default: { strategy: 'vote' }, fields: { email: { strategy: 'sourcePriority', order: ['erp'] } } }, ['crm', 'shop']);
 * // throws: 'Field "email" (sourcePriority): unknown source "erp"; the sources are "crm", "shop"'
 */
export function checkFusionPolicy(policy: FusionPolicy, sourceNames?: readonly string[]): void {
	if (!isObject(policy)) throw new Error('The fusion policy must be an object with a default strategy');
	const sources = sourceNames === undefined ? undefined : new Set(sourceNames);
	checkStrategy(policy.default, 'Default strategy', sources);
	if (policy.fields === undefined) return;
	if (!isObject(policy.fields)) throw new Error('The per-field strategies of the fusion policy must be an object of field names');
	for (const [field, strategy] of Object.entries(policy.fields)) checkStrategy(strategy, `Field "${field}"`, sources);
}

function checkStrategy(strategy: ConflictStrategy, where: string, sources: ReadonlySet<string> | undefined): void {
	if (!isObject(strategy) || typeof strategy.strategy !== 'string') {
		throw new Error(`${where}: a conflict strategy must be an object such as { strategy: 'vote' }`);
	}
	const name = strategy.strategy;
	if (!(CONFLICT_STRATEGIES as readonly string[]).includes(name)) {
		throw new Error(`${where}: unknown strategy "${name}"; use one of ${CONFLICT_STRATEGIES.join(', ')}`);
	}
	const fail = (problem: string): never => {
		throw new Error(`${where} (${name}): ${problem}`);
	};
	const checkSource = (source: unknown, role: string): void => {
		if (typeof source !== 'string' || source === '') fail(`${role} must be a source name`);
		if (sources !== undefined && !sources.has(source as string)) {
			fail(`unknown source "${String(source)}"; the sources are ${[...sources].map((known) => `"${known}"`).join(', ')}`);
		}
	};
	switch (strategy.strategy) {
		case 'sourcePriority':
			if (!Array.isArray(strategy.order) || strategy.order.length === 0) fail('order must list at least one source');
			strategy.order.forEach((source) => checkSource(source, 'each entry of order'));
			break;
		case 'mostRecent':
			if (typeof strategy.updatedAtField !== 'string' || strategy.updatedAtField.trim() === '') fail('updatedAtField must name the updated-at field');
			break;
		case 'weightedAverage':
			if (!isObject(strategy.weights)) fail('weights must be an object of source names and numbers');
			for (const [source, weight] of Object.entries(strategy.weights)) {
				if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) fail(`the weight of "${source}" must be a number of 0 or more, not ${JSON.stringify(weight)}`);
				checkSource(source, 'a weight');
			}
			break;
		case 'concatUnique':
			if (strategy.separator !== undefined && typeof strategy.separator !== 'string') fail('separator must be text');
			break;
		case 'rules':
			checkRules(strategy.rules, where, fail, checkSource, sources);
			break;
		default:
			break;
	}
}

function checkRules(
	rules: unknown,
	where: string,
	fail: (problem: string) => never,
	checkSource: (source: unknown, role: string) => void,
	sources: ReadonlySet<string> | undefined,
): void {
	if (!Array.isArray(rules) || rules.length === 0) fail('rules must be a list ending with an otherwise');
	const list = rules as unknown[];
	list.forEach((rule, position) => {
		const number = position + 1;
		const last = position === list.length - 1;
		if (!isObject(rule)) fail(`rule ${number} must be an object`);
		const entry = rule as Record<string, unknown>;
		if ('otherwise' in entry) {
			if (!last) fail(`rule ${number} is an otherwise, so the rules after it would never apply; put it last`);
			checkStrategy(entry.otherwise as ConflictStrategy, `${where}, otherwise`, sources);
			return;
		}
		if (last) fail('the rules must end with an otherwise, so that every field gets a value');
		if (entry.use !== 'value') fail(`rule ${number} must say use: 'value'`);
		if (entry.when !== undefined && entry.when !== 'notEmpty' && entry.when !== 'always') fail(`rule ${number}: when must be 'notEmpty' or 'always'`);
		if (entry.source !== undefined) checkSource(entry.source, `the source of rule ${number}`);
	});
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
