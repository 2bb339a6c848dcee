import fc from 'fast-check';
import type { ClusterMember, ConflictStrategy, FusionPolicy } from './conflictRule';
import { fuseCluster } from './fuseCluster';

const member = (source: string, record: Record<string, unknown>, index: number): ClusterMember => ({ record, source, index });

describe('fuseCluster', () => {
	const members = [
		member('crm', { id: 'c1', name: 'Ann Lee', email: '', phone: '+4930123', updated: '2024-01-01' }, 3),
		member('shop', { id: 's9', name: 'Ann', email: 'ann@x.io', city: 'Berlin', updated: '2024-05-01' }, 17),
		member('shop', { id: 's4', name: 'Ann', email: 'ANN@x.io', spend: '10' }, 21),
	];
	const policy: FusionPolicy = {
		default: { strategy: 'sourcePriority', order: ['crm', 'shop'] },
		fields: { name: { strategy: 'vote' }, email: { strategy: 'mostRecent', updatedAtField: 'updated' }, spend: { strategy: 'sum' } },
	};

	it('fuses field by field, in first-seen field order', () => {
		const { golden } = fuseCluster(members, policy, { exclude: ['id'] });
		expect(golden).toEqual({ name: 'Ann', email: 'ann@x.io', phone: '+4930123', updated: '2024-01-01', city: 'Berlin', spend: 10 });
		expect(Object.keys(golden)).toEqual(['name', 'email', 'phone', 'updated', 'city', 'spend']);
	});

	it('records the strategy and the input records behind each value', () => {
		const { lineage } = fuseCluster(members, policy, { exclude: ['id'] });
		expect(lineage.name).toEqual({ strategy: 'vote', sources: [{ source: 'shop', index: 17 }, { source: 'shop', index: 21 }] });
		expect(lineage.email).toEqual({ strategy: 'mostRecent', sources: [{ source: 'shop', index: 17 }] });
		expect(lineage.phone).toEqual({ strategy: 'sourcePriority', sources: [{ source: 'crm', index: 3 }] });
		expect(lineage.city).toEqual({ strategy: 'sourcePriority', sources: [{ source: 'shop', index: 17 }] });
	});

	it('takes the fields asked for, in that order, with null and no sources for a field nobody has', () => {
		const { golden, lineage } = fuseCluster(members, policy, { fields: ['city', 'fax', 'name', 'city'] });
		expect(Object.keys(golden)).toEqual(['city', 'fax', 'name']);
		expect(golden.fax).toBeNull();
		expect(lineage.fax).toEqual({ strategy: 'sourcePriority', sources: [] });
	});

	it('turns a field every member misses into null', () => {
		const { golden, lineage } = fuseCluster([member('a', { x: ' ' }, 0), member('b', { x: null }, 1)], { default: { strategy: 'vote' } });
		expect(golden).toEqual({ x: null });
		expect(lineage.x.sources).toEqual([]);
	});

	it('keeps __proto__ and constructor as own fields and leaves prototypes alone', () => {
		const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "c", "prototype": "p"}') as Record<string, unknown>;
		const policyWithProto = JSON.parse('{"default": {"strategy": "firstNonEmpty"}, "fields": {"__proto__": {"strategy": "concatUnique"}}}') as FusionPolicy;
		const { golden, lineage } = fuseCluster([member('a', hostile, 0)], policyWithProto);
		expect(Object.keys(golden)).toEqual(['__proto__', 'constructor', 'prototype']);
		expect(Object.getPrototypeOf(golden)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(golden, '__proto__')?.value).toBe('{"polluted":true}');
		expect(golden.constructor).toBe('c');
		expect(Object.getOwnPropertyDescriptor(lineage, '__proto__')?.value).toEqual({ strategy: 'concatUnique', sources: [{ source: 'a', index: 0 }] });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('uses the default for a field named like a prototype property that the policy does not list', () => {
		const { golden } = fuseCluster([member('a', { toString: 'x' }, 0)], { default: { strategy: 'firstNonEmpty' }, fields: {} });
		expect(golden).toEqual({ toString: 'x' });
	});

	it('gives an empty golden record for an empty cluster', () => {
		expect(fuseCluster([], { default: { strategy: 'vote' } })).toEqual({ golden: {}, lineage: {} });
	});

	describe('property: one member gives back its own values', () => {
		const pickingStrategies: ConflictStrategy[] = [
			{ strategy: 'sourcePriority', order: ['other', 'solo'] },
			{ strategy: 'sourcePriority', order: ['other'] },
			{ strategy: 'mostRecent', updatedAtField: 'ts' },
			{ strategy: 'mostComplete' },
			{ strategy: 'longest' },
			{ strategy: 'vote' },
			{ strategy: 'firstNonEmpty' },
			{ strategy: 'rules', rules: [{ source: 'other', use: 'value' }, { otherwise: { strategy: 'vote' } }] },
			{ strategy: 'rules', rules: [{ source: 'solo', when: 'always', use: 'value' }, { otherwise: { strategy: 'vote' } }] },
		];
		const value = fc.oneof(fc.string(), fc.constantFrom(null, undefined, '', '  '), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 2 }));
		const record = fc.dictionary(fc.constantFrom('a', 'b', 'ts', '__proto__', 'constructor', 'toString'), value);

		it('for the strategies that pick a value', () => {
			fc.assert(
				fc.property(record, fc.constantFrom(...pickingStrategies), fc.nat(), (row, strategy, index) => {
					const { golden, lineage } = fuseCluster([member('solo', row, index)], { default: strategy });
					for (const field of Object.keys(row)) {
						const own = Object.getOwnPropertyDescriptor(golden, field)?.value;
						const missing = row[field] === null || row[field] === undefined || (typeof row[field] === 'string' && (row[field] as string).trim() === '');
						expect(own).toEqual(missing ? null : row[field]);
						expect(Object.getOwnPropertyDescriptor(lineage, field)?.value.sources).toEqual(missing ? [] : [{ source: 'solo', index }]);
					}
					expect(Object.keys(golden)).toEqual(Object.keys(row));
				}),
			);
		});

		it('for the number strategies, on numbers', () => {
			const numbers = fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }));
			const strategies: ConflictStrategy[] = [{ strategy: 'average' }, { strategy: 'min' }, { strategy: 'max' }, { strategy: 'sum' }, { strategy: 'weightedAverage', weights: { solo: 2 } }];
			fc.assert(
				fc.property(numbers, fc.constantFrom(...strategies), (row, strategy) => {
					const { golden } = fuseCluster([member('solo', row, 0)], { default: strategy });
					expect(golden).toEqual(row);
				}),
			);
		});
	});
});
