import { checkFusionPolicy } from './checkFusionPolicy';
import type { FusionPolicy } from './conflictRule';

const bad = (value: unknown): FusionPolicy => value as FusionPolicy;

describe('checkFusionPolicy', () => {
	it('accepts every strategy with good settings', () => {
		const policy: FusionPolicy = {
			default: { strategy: 'firstNonEmpty' },
			fields: {
				a: { strategy: 'sourcePriority', order: ['crm', 'shop'] },
				b: { strategy: 'mostRecent', updatedAtField: 'updated' },
				c: { strategy: 'mostComplete' },
				d: { strategy: 'longest' },
				e: { strategy: 'vote' },
				f: { strategy: 'average' },
				g: { strategy: 'min' },
				h: { strategy: 'max' },
				i: { strategy: 'sum' },
				j: { strategy: 'weightedAverage', weights: { crm: 2, shop: 0 } },
				k: { strategy: 'concatUnique', separator: ' | ' },
				l: { strategy: 'concatUnique' },
				m: { strategy: 'rules', rules: [{ source: 'crm', when: 'notEmpty', use: 'value' }, { when: 'always', use: 'value' }, { otherwise: { strategy: 'vote' } }] },
			},
		};
		expect(() => checkFusionPolicy(policy)).not.toThrow();
		expect(() => checkFusionPolicy(policy, ['crm', 'shop'])).not.toThrow();
	});

	it.each<[string, unknown, string]>([
		['no policy', null, 'The fusion policy must be an object with a default strategy'],
		['no default', {}, 'Default strategy: a conflict strategy must be an object such as'],
		['a field that is not a strategy', { default: { strategy: 'vote' }, fields: { name: 'vote' } }, 'Field "name": a conflict strategy must be an object'],
		['fields that are not an object', { default: { strategy: 'vote' }, fields: [] }, 'per-field strategies of the fusion policy must be an object'],
		['an unknown strategy', { default: { strategy: 'vote' }, fields: { name: { strategy: 'random' } } }, 'Field "name": unknown strategy "random"; use one of sourcePriority,'],
		['an empty order', { default: { strategy: 'sourcePriority', order: [] } }, 'Default strategy (sourcePriority): order must list at least one source'],
		['an order entry that is not a name', { default: { strategy: 'sourcePriority', order: ['crm', 3] } }, 'Default strategy (sourcePriority): each entry of order must be a source name'],
		['no updated-at field', { default: { strategy: 'mostRecent', updatedAtField: ' ' } }, 'Default strategy (mostRecent): updatedAtField must name the updated-at field'],
		['weights that are not numbers', { default: { strategy: 'vote' }, fields: { spend: { strategy: 'weightedAverage', weights: { crm: '2' } } } }, 'Field "spend" (weightedAverage): the weight of "crm" must be a number of 0 or more, not "2"'],
		['a negative weight', { default: { strategy: 'weightedAverage', weights: { crm: -1 } } }, 'the weight of "crm" must be a number of 0 or more, not -1'],
		['an infinite weight', { default: { strategy: 'weightedAverage', weights: { crm: Infinity } } }, 'the weight of "crm" must be a number of 0 or more'],
		['no weights', { default: { strategy: 'weightedAverage' } }, 'Default strategy (weightedAverage): weights must be an object'],
		['a separator that is not text', { default: { strategy: 'concatUnique', separator: 1 } }, 'Default strategy (concatUnique): separator must be text'],
		['no rules', { default: { strategy: 'rules', rules: [] } }, 'Default strategy (rules): rules must be a list ending with an otherwise'],
		['rules without otherwise', { default: { strategy: 'vote' }, fields: { name: { strategy: 'rules', rules: [{ source: 'crm', use: 'value' }] } } }, 'Field "name" (rules): the rules must end with an otherwise'],
		['a rule after otherwise', { default: { strategy: 'rules', rules: [{ otherwise: { strategy: 'vote' } }, { source: 'crm', use: 'value' }] } }, 'rule 1 is an otherwise, so the rules after it would never apply'],
		['a bad otherwise', { default: { strategy: 'rules', rules: [{ otherwise: { strategy: 'nope' } }] } }, 'Default strategy, otherwise: unknown strategy "nope"'],
		['a rule without use', { default: { strategy: 'rules', rules: [{ source: 'crm' }, { otherwise: { strategy: 'vote' } }] } }, "rule 1 must say use: 'value'"],
		['a bad when', { default: { strategy: 'rules', rules: [{ when: 'sometimes', use: 'value' }, { otherwise: { strategy: 'vote' } }] } }, "rule 1: when must be 'notEmpty' or 'always'"],
		['a rule that is not an object', { default: { strategy: 'rules', rules: ['crm', { otherwise: { strategy: 'vote' } }] } }, 'rule 1 must be an object'],
	])('rejects %s', (_, policy, message) => {
		expect(() => checkFusionPolicy(bad(policy))).toThrow(message);
	});

	it.each<[string, FusionPolicy, string]>([
		['in an order', { default: { strategy: 'vote' }, fields: { email: { strategy: 'sourcePriority', order: ['crm', 'erp'] } } }, 'Field "email" (sourcePriority): unknown source "erp"; the sources are "crm", "shop"'],
		['in weights', { default: { strategy: 'weightedAverage', weights: { erp: 1 } } }, 'Default strategy (weightedAverage): unknown source "erp"'],
		['in a rule', { default: { strategy: 'rules', rules: [{ source: 'erp', use: 'value' }, { otherwise: { strategy: 'vote' } }] } }, 'Default strategy (rules): unknown source "erp"'],
		['in a nested otherwise', { default: { strategy: 'rules', rules: [{ otherwise: { strategy: 'sourcePriority', order: ['erp'] } }] } }, 'Default strategy, otherwise (sourcePriority): unknown source "erp"'],
	])('rejects an unknown source %s when the sources are known', (_, policy, message) => {
		expect(() => checkFusionPolicy(policy)).not.toThrow();
		expect(() => checkFusionPolicy(policy, ['crm', 'shop'])).toThrow(message);
	});

	it('names a field called __proto__', () => {
		const policy = JSON.parse('{"default": {"strategy": "vote"}, "fields": {"__proto__": {"strategy": "x"}}}') as FusionPolicy;
		expect(() => checkFusionPolicy(policy)).toThrow('Field "__proto__": unknown strategy "x"');
	});
});
