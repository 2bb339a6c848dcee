import type { ClusterMember, ConflictStrategy } from './conflictRule';
import { resolveField, type ResolveContext } from './resolveField';

const member = (source: string, record: Record<string, unknown>, index = 0): ClusterMember => ({ record, source, index });

describe('resolveField', () => {
	const people: ClusterMember[] = [
		member('shop', { name: 'Ann', city: '', revenue: '100', updated: '2024-03-01T00:00:00Z', tags: ['vip'] }, 0),
		member('crm', { name: 'Ann Lee', city: 'Berlin', revenue: 300, updated: '2024-01-01', zip: '10115', tags: 'b2b' }, 1),
		member('erp', { name: 'Ann', city: 'Berlin ', revenue: 'n/a', updated: 1e15, tags: ['vip', 'b2b'] }, 2),
	];

	describe('sourcePriority', () => {
		it('takes the first listed source with a value', () => {
			expect(resolveField(people, 'city', { strategy: 'sourcePriority', order: ['shop', 'erp', 'crm'] })).toEqual({ value: 'Berlin ', from: [2], strategy: 'sourcePriority' });
		});

		it('puts unlisted sources last, in member order', () => {
			expect(resolveField(people, 'city', { strategy: 'sourcePriority', order: ['shop'] })).toEqual({ value: 'Berlin', from: [1], strategy: 'sourcePriority' });
		});

		it('takes the earlier member of one source', () => {
			const twice = [member('a', { x: '' }), member('b', { x: 'b1' }), member('b', { x: 'b2' })];
			expect(resolveField(twice, 'x', { strategy: 'sourcePriority', order: ['b', 'a'] }).value).toBe('b1');
		});
	});

	describe('mostRecent', () => {
		const strategy: ConflictStrategy = { strategy: 'mostRecent', updatedAtField: 'updated' };

		it('takes the value of the latest updated-at, across ISO text and epoch milliseconds', () => {
			expect(resolveField(people, 'name', strategy)).toEqual({ value: 'Ann', from: [2], strategy: 'mostRecent' });
			expect(resolveField(people.slice(0, 2), 'name', strategy)).toEqual({ value: 'Ann', from: [0], strategy: 'mostRecent' });
		});

		it('skips the latest member when its value is missing', () => {
			expect(resolveField(people.slice(0, 2), 'city', strategy)).toEqual({ value: 'Berlin', from: [1], strategy: 'mostRecent' });
		});

		it('lets a missing or unreadable updated-at lose, and gives equal times to the earlier member', () => {
			const members = [member('a', { v: 'undated', t: 'yesterday' }), member('b', { v: 'old', t: '1999-01-01' }), member('c', { v: 'same', t: '1999-01-01T00:00:00Z' })];
			expect(resolveField(members, 'v', { strategy: 'mostRecent', updatedAtField: 't' }).value).toBe('old');
			expect(resolveField([member('a', { v: 1 }), member('b', { v: 2 })], 'v', { strategy: 'mostRecent', updatedAtField: 't' }).value).toBe(1);
		});

		it('reads Date objects', () => {
			const members = [member('a', { v: 'new', t: new Date(2000) }), member('b', { v: 'old', t: new Date(1000) })];
			expect(resolveField(members, 'v', { strategy: 'mostRecent', updatedAtField: 't' }).value).toBe('new');
		});
	});

	describe('mostComplete', () => {
		it('takes the value of the member with the most filled fields', () => {
			expect(resolveField(people, 'name', { strategy: 'mostComplete' })).toEqual({ value: 'Ann Lee', from: [1], strategy: 'mostComplete' });
		});

		it('falls back to the next most complete member, and gives ties to the earlier one', () => {
			const members = [member('a', { v: 'a', w: 1 }), member('b', { v: 'b', w: 2 }), member('c', { v: null, w: 3, x: 4, y: 5 })];
			expect(resolveField(members, 'v', { strategy: 'mostComplete' }).value).toBe('a');
		});

		it('counts completeness once per cluster with a shared context', () => {
			const context: ResolveContext = {};
			resolveField(people, 'name', { strategy: 'mostComplete' }, context);
			expect(context.completeness).toEqual([4, 6, 5]);
		});
	});

	describe('longest', () => {
		it('takes the longest trimmed text, ties to the earlier member', () => {
			expect(resolveField(people, 'name', { strategy: 'longest' })).toEqual({ value: 'Ann Lee', from: [1], strategy: 'longest' });
			expect(resolveField([member('a', { v: 'ab   ' }), member('b', { v: 'cd' })], 'v', { strategy: 'longest' }).value).toBe('ab   ');
		});

		it('counts an emoji as one character', () => {
			expect(resolveField([member('a', { v: '😀😀' }), member('b', { v: 'abc' })], 'v', { strategy: 'longest' }).value).toBe('abc');
		});

		it('prefers text to other values, and uses those only when no text is there', () => {
			expect(resolveField([member('a', { v: 123456 }), member('b', { v: 'x' })], 'v', { strategy: 'longest' }).value).toBe('x');
			expect(resolveField([member('a', { v: 12 }), member('b', { v: 123456 })], 'v', { strategy: 'longest' }).value).toBe(12);
		});
	});

	describe('vote', () => {
		it('takes the most frequent value and names all who hold it', () => {
			expect(resolveField(people, 'name', { strategy: 'vote' })).toEqual({ value: 'Ann', from: [0, 2], strategy: 'vote' });
		});

		it('gives a tie to the value seen first', () => {
			expect(resolveField(people, 'city', { strategy: 'vote' })).toEqual({ value: 'Berlin', from: [1], strategy: 'vote' });
		});
	});

	describe('numbers', () => {
		it('reads number text and ignores non-numbers', () => {
			expect(resolveField(people, 'revenue', { strategy: 'average' })).toEqual({ value: 200, from: [0, 1], strategy: 'average' });
			expect(resolveField(people, 'revenue', { strategy: 'sum' })).toEqual({ value: 400, from: [0, 1], strategy: 'sum' });
			expect(resolveField(people, 'revenue', { strategy: 'min' })).toEqual({ value: 100, from: [0], strategy: 'min' });
			expect(resolveField(people, 'revenue', { strategy: 'max' })).toEqual({ value: 300, from: [1], strategy: 'max' });
		});

		it('is null without numbers', () => {
			expect(resolveField(people, 'name', { strategy: 'average' })).toEqual({ value: null, from: [], strategy: 'average' });
		});

		it('weights by source', () => {
			expect(resolveField(people, 'revenue', { strategy: 'weightedAverage', weights: { crm: 3 } })).toEqual({ value: 250, from: [0, 1], strategy: 'weightedAverage' });
		});
	});

	it('concatUnique joins distinct values, flattening arrays', () => {
		expect(resolveField(people, 'tags', { strategy: 'concatUnique' })).toEqual({ value: 'vip, b2b', from: [0, 1, 2], strategy: 'concatUnique' });
		expect(resolveField(people, 'city', { strategy: 'concatUnique', separator: '/' })).toEqual({ value: 'Berlin', from: [1, 2], strategy: 'concatUnique' });
	});

	it('firstNonEmpty takes the first member with a value', () => {
		expect(resolveField(people, 'city', { strategy: 'firstNonEmpty' })).toEqual({ value: 'Berlin', from: [1], strategy: 'firstNonEmpty' });
		expect(resolveField(people, 'zip', { strategy: 'firstNonEmpty' })).toEqual({ value: '10115', from: [1], strategy: 'firstNonEmpty' });
	});

	it('rules: "if the source is crm and the field is not empty, use it; else the most recent"', () => {
		const strategy: ConflictStrategy = {
			strategy: 'rules',
			rules: [{ source: 'crm', when: 'notEmpty', use: 'value' }, { otherwise: { strategy: 'mostRecent', updatedAtField: 'updated' } }],
		};
		expect(resolveField(people, 'name', strategy)).toEqual({ value: 'Ann Lee', from: [1], strategy: 'rules: rule 1 (source "crm")' });
		const noCrmName = people.map((m) => (m.source === 'crm' ? member('crm', { ...m.record, name: ' ' }, 1) : m));
		expect(resolveField(noCrmName, 'name', strategy)).toEqual({ value: 'Ann', from: [2], strategy: 'rules: otherwise mostRecent' });
	});

	it('rules nest', () => {
		const strategy: ConflictStrategy = {
			strategy: 'rules',
			rules: [{ source: 'none', use: 'value' }, { otherwise: { strategy: 'rules', rules: [{ source: 'erp', use: 'value' }, { otherwise: { strategy: 'vote' } }] } }],
		};
		expect(resolveField(people, 'city', strategy)).toEqual({ value: 'Berlin ', from: [2], strategy: 'rules: otherwise rules: rule 1 (source "erp")' });
	});

	it.each<ConflictStrategy>([
		{ strategy: 'sourcePriority', order: ['crm'] },
		{ strategy: 'mostRecent', updatedAtField: 'updated' },
		{ strategy: 'mostComplete' },
		{ strategy: 'longest' },
		{ strategy: 'vote' },
		{ strategy: 'sum' },
		{ strategy: 'weightedAverage', weights: {} },
		{ strategy: 'concatUnique' },
		{ strategy: 'firstNonEmpty' },
		{ strategy: 'rules', rules: [{ source: 'crm', when: 'always', use: 'value' }, { otherwise: { strategy: 'vote' } }] },
	])('a field every member misses is null from no member ($strategy)', (strategy) => {
		const members = [member('crm', { v: '' }), member('shop', { v: null }), member('erp', {})];
		expect(resolveField(members, 'v', strategy)).toEqual({ value: null, from: [], strategy: strategy.strategy });
	});

	it('reads only own fields, never the prototype', () => {
		const members = [member('a', {}), member('b', JSON.parse('{"__proto__": "p", "constructor": "c"}') as Record<string, unknown>)];
		expect(resolveField(members, 'constructor', { strategy: 'firstNonEmpty' }).value).toBe('c');
		expect(resolveField(members, '__proto__', { strategy: 'firstNonEmpty' }).value).toBe('p');
		expect(resolveField([member('a', {})], 'toString', { strategy: 'vote' }).value).toBeNull();
	});

	it('throws on an unknown strategy', () => {
		expect(() => resolveField(people, 'name', { strategy: 'random' } as unknown as ConflictStrategy)).toThrow('Field "name": unknown conflict strategy "random"');
	});
});
