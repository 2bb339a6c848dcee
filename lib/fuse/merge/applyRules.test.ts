import { applyRules } from './applyRules';
import type { ClusterMember, ConflictStrategy, FieldResolution } from './conflictRule';

const members: ClusterMember[] = [
	{ record: {}, source: 'shop', index: 10 },
	{ record: {}, source: 'crm', index: 11 },
	{ record: {}, source: 'crm', index: 12 },
];
const resolve = jest.fn((strategy: ConflictStrategy): FieldResolution => ({ value: 'fallback', from: [0], strategy: strategy.strategy }));

describe('applyRules', () => {
	beforeEach(() => resolve.mockClear());

	it('uses the first non-missing value of the first rule that finds one', () => {
		const rules = [{ source: 'crm', use: 'value' as const }, { otherwise: { strategy: 'vote' as const } }];
		expect(applyRules(['s', '', 'c2'], members, rules, resolve)).toEqual({ value: 'c2', from: [2], strategy: 'rules: rule 1 (source "crm")' });
		expect(resolve).not.toHaveBeenCalled();
	});

	it('hands the field to otherwise when no rule finds a value', () => {
		const rules = [{ source: 'crm', use: 'value' as const }, { otherwise: { strategy: 'longest' as const } }];
		expect(applyRules(['s', ' ', null], members, rules, resolve)).toEqual({ value: 'fallback', from: [0], strategy: 'rules: otherwise longest' });
		expect(resolve).toHaveBeenCalledWith({ strategy: 'longest' });
	});

	it('passes over a rule whose source has no member', () => {
		const rules = [{ source: 'erp', when: 'always' as const, use: 'value' as const }, { source: 'shop', use: 'value' as const }, { otherwise: { strategy: 'vote' as const } }];
		expect(applyRules(['s', 'c', 'c'], members, rules, resolve)).toEqual({ value: 's', from: [0], strategy: 'rules: rule 2 (source "shop")' });
	});

	it("with when: 'always' trusts the source even about an empty value", () => {
		const rules = [{ source: 'crm', when: 'always' as const, use: 'value' as const }, { otherwise: { strategy: 'vote' as const } }];
		expect(applyRules(['s', '  ', 'c2'], members, rules, resolve)).toEqual({ value: null, from: [1], strategy: 'rules: rule 1 (source "crm", always)' });
	});

	it('a rule without a source looks at every member', () => {
		const rules = [{ use: 'value' as const }, { otherwise: { strategy: 'vote' as const } }];
		expect(applyRules([null, 'c', 'd'], members, rules, resolve)).toEqual({ value: 'c', from: [1], strategy: 'rules: rule 1 (any source)' });
	});

	it('is undefined when nothing applies and there is no otherwise', () => {
		expect(applyRules(['s'], members.slice(0, 1), [{ source: 'crm', use: 'value' }], resolve)).toBeUndefined();
	});
});
