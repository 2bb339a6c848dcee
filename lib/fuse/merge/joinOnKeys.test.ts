import fc from 'fast-check';
import type { Row } from '../../core/record';
import { joinOnKeys, type JoinOptions } from './joinOnKeys';

const prefix = { mode: 'prefix', leftPrefix: 'l_', rightPrefix: 'r_' } as const;

describe('joinOnKeys', () => {
	const crm: Row[] = [
		{ id: 'c1', email: 'Ann@X.io', name: 'Ann' },
		{ id: 'c2', email: '', name: 'Bob' },
		{ id: 'c3', email: 'cy@x.io', name: 'Cy' },
		{ id: 'c4', email: 'ann@x.io ', name: 'Ann' },
	];
	const shop: Row[] = [
		{ mail: 'ann@x.io', name: 'Anna', plan: 'pro' },
		{ mail: null, plan: 'free' },
		{ mail: 'dee@x.io', plan: 'free' },
		{ mail: 'ANN@x.io', name: 'Ann', plan: 'basic' },
	];
	const byEmail = (type: JoinOptions['type']): JoinOptions => ({ keys: [{ left: 'email', right: 'mail', normalise: 'email' }], type, clash: prefix });

	it('inner: every matching combination, in left then right order', () => {
		const { records, origin } = joinOnKeys(crm, shop, byEmail('inner'));
		expect(origin).toEqual([
			{ left: 0, right: 0 },
			{ left: 0, right: 3 },
			{ left: 3, right: 0 },
			{ left: 3, right: 3 },
		]);
		expect(records[0]).toEqual({ id: 'c1', email: 'Ann@X.io', l_name: 'Ann', r_name: 'Anna', mail: 'ann@x.io', plan: 'pro' });
		expect(records[1]).toEqual({ id: 'c1', email: 'Ann@X.io', l_name: 'Ann', r_name: 'Ann', mail: 'ANN@x.io', plan: 'basic' });
	});

	it('left: unmatched left rows in their place, copied as they are', () => {
		const { records, origin } = joinOnKeys(crm, shop, byEmail('left'));
		expect(origin).toEqual([{ left: 0, right: 0 }, { left: 0, right: 3 }, { left: 1 }, { left: 2 }, { left: 3, right: 0 }, { left: 3, right: 3 }]);
		expect(records[2]).toEqual(crm[1]);
		expect(records[2]).not.toBe(crm[1]);
	});

	it('full: unmatched right rows at the end; a missing key never joins but still appears', () => {
		const { records, origin } = joinOnKeys(crm, shop, byEmail('full'));
		expect(origin.slice(6)).toEqual([{ right: 1 }, { right: 2 }]);
		expect(records[7]).toEqual({ mail: 'dee@x.io', plan: 'free' });
	});

	it('without normalising, only equal values join', () => {
		const { origin } = joinOnKeys(crm, shop, { keys: [{ left: 'email', right: 'mail' }], type: 'inner', clash: prefix });
		expect(origin).toEqual([]);
		const numbers = joinOnKeys([{ id: 42 }, { id: '42' }], [{ id: 42 }], { keys: [{ left: 'id', right: 'id' }], type: 'inner', clash: prefix });
		expect(numbers.origin).toEqual([{ left: 0, right: 0 }]);
		const asText = joinOnKeys([{ id: 42 }, { id: '42' }], [{ id: 42 }], { keys: [{ left: 'id', right: 'id', normalise: 'whitespace' }], type: 'inner', clash: prefix });
		expect(asText.origin).toEqual([{ left: 0, right: 0 }, { left: 1, right: 0 }]);
	});

	it('joins on several key parts, none of which may be missing', () => {
		const left = [{ first: 'Ann', last: 'Lee' }, { first: 'Ann', last: '' }, { first: 'ann  lee', last: '' }];
		const right = [{ f: 'ANN', l: 'lee ' }, { f: 'Ann', l: null }, { f: 'Ann Lee', l: '' }];
		const options: JoinOptions = { keys: [{ left: 'first', right: 'f', normalise: 'case' }, { left: 'last', right: 'l', normalise: 'case' }], type: 'inner', clash: prefix };
		expect(joinOnKeys(left, right, options).origin).toEqual([{ left: 0, right: 0 }]);
	});

	it('joins phone numbers in E.164 with the default country', () => {
		const left = [{ phone: '030 1234567' }, { phone: '12-34' }];
		const right = [{ tel: '+49 30 1234567' }, { tel: '(12) 34' }];
		const options: JoinOptions = { keys: [{ left: 'phone', right: 'tel', normalise: 'phone' }], type: 'inner', clash: prefix, defaultCountry: 'DE' };
		expect(joinOnKeys(left, right, options).origin).toEqual([{ left: 0, right: 0 }, { left: 1, right: 1 }]);
	});

	it('keeps the left value of a key field with the same name on both sides', () => {
		const { records } = joinOnKeys([{ email: 'Ann@X.io', a: 1 }], [{ email: 'ann@x.io', b: 2 }], { keys: [{ left: 'email', right: 'email', normalise: 'case' }], type: 'inner', clash: prefix });
		expect(records).toEqual([{ email: 'Ann@X.io', a: 1, b: 2 }]);
	});

	it('resolves clashes with a fusion policy, the sides as sources', () => {
		const { records } = joinOnKeys(crm, shop, {
			keys: [{ left: 'email', right: 'mail', normalise: 'email' }],
			type: 'inner',
			clash: { mode: 'resolve', policy: { default: { strategy: 'sourcePriority', order: ['shop', 'crm'] } }, leftSource: 'crm', rightSource: 'shop' },
		});
		expect(records[0]).toEqual({ id: 'c1', email: 'Ann@X.io', name: 'Anna', mail: 'ann@x.io', plan: 'pro' });
	});

	it('reads key fields as own properties only', () => {
		const { origin } = joinOnKeys([{}], [{}], { keys: [{ left: 'constructor', right: 'toString' }], type: 'inner', clash: prefix });
		expect(origin).toEqual([]);
	});

	it.each<[string, Partial<JoinOptions>, string]>([
		['no keys', { keys: [] }, 'A join needs at least one key'],
		['a key without a field', { keys: [{ left: 'a', right: '' }] }, 'Join key 1 needs a left and a right field name'],
		['an unknown type', { type: 'right' as JoinOptions['type'] }, 'Unknown join type "right"'],
		['equal prefixes', { clash: { mode: 'prefix', leftPrefix: '', rightPrefix: '' } }, 'prefixes for clashing fields must be two different texts'],
		['equal sources', { clash: { mode: 'resolve', policy: { default: { strategy: 'vote' } }, leftSource: 'a', rightSource: 'a' } }, 'source names for resolving clashes must be two different texts'],
		['a policy naming another source', { clash: { mode: 'resolve', policy: { default: { strategy: 'sourcePriority', order: ['erp'] } }, leftSource: 'a', rightSource: 'b' } }, 'unknown source "erp"'],
		['no clash mode', { clash: undefined }, 'Clashing fields need a mode: prefix or resolve'],
		['an unknown normalisation', { keys: [{ left: 'a', right: 'b', normalise: 'soundex' as 'none' }] }, 'Unknown join key normalisation "soundex"'],
	])('rejects %s', (_, change, message) => {
		expect(() => joinOnKeys([], [], { keys: [{ left: 'a', right: 'b' }], type: 'inner', clash: prefix, ...change } as JoinOptions)).toThrow(message);
	});

	it('refuses a join that would exceed the row limit, before building it', () => {
		const many = Array.from({ length: 30 }, () => ({ k: 1 }));
		expect(() => joinOnKeys(many, many, { keys: [{ left: 'k', right: 'k' }], type: 'inner', clash: prefix, maxRecords: 899 })).toThrow('The join would give 900 rows, more than the limit of 899');
		expect(joinOnKeys(many, many, { keys: [{ left: 'k', right: 'k' }], type: 'inner', clash: prefix, maxRecords: 900 }).records).toHaveLength(900);
	});

	describe('properties on random data', () => {
		const keyValue = fc.constantFrom<unknown>('a', 'b', 'A ', ' b', 'c', null, '', 1, '1');
		const rows = fc.array(fc.record({ k: keyValue, j: fc.constantFrom<unknown>('x', 'y', null), v: fc.integer({ min: 0, max: 3 }) }), { maxLength: 12 });
		const mode = fc.constantFrom<'none' | 'case'>('none', 'case');

		/** SQL semantics by a nested loop: the reference the hash join must agree with. */
		function naive(left: Row[], right: Row[], equal: (l: Row, r: Row) => boolean, type: JoinOptions['type']): Array<{ left?: number; right?: number }> {
			const pairs: Array<{ left?: number; right?: number }> = [];
			const rightMatched = new Set<number>();
			left.forEach((l, li) => {
				let matched = false;
				right.forEach((r, ri) => {
					if (!equal(l, r)) return;
					pairs.push({ left: li, right: ri });
					rightMatched.add(ri);
					matched = true;
				});
				if (!matched && type !== 'inner') pairs.push({ left: li });
			});
			if (type === 'full') right.forEach((_, ri) => rightMatched.has(ri) || pairs.push({ right: ri }));
			return pairs;
		}

		const present = (value: unknown): boolean => !(value === null || value === undefined || (typeof value === 'string' && value.trim() === ''));
		const normalised = (value: unknown, how: 'none' | 'case'): string => (how === 'case' && (typeof value === 'string' || typeof value === 'number') ? String(value).trim().toLowerCase() : JSON.stringify(value));
		const equalOn = (how: 'none' | 'case') => (l: Row, r: Row) =>
			present(l.k) && present(r.k) && present(l.j) && present(r.j) && normalised(l.k, how) === normalised(r.k, how) && normalised(l.j, how) === normalised(r.j, how);

		it('gives exactly the rows of a nested-loop join, in the same order', () => {
			fc.assert(
				fc.property(rows, rows, mode, fc.constantFrom<JoinOptions['type']>('inner', 'left', 'full'), (left, right, how, type) => {
					const options: JoinOptions = { keys: [{ left: 'k', right: 'k', normalise: how }, { left: 'j', right: 'j', normalise: how }], type, clash: prefix };
					expect(joinOnKeys(left, right, options).origin).toEqual(naive(left, right, equalOn(how), type));
				}),
			);
		});

		it('inner ⊆ left ⊆ full, and every row comes from the rows its origin names', () => {
			fc.assert(
				fc.property(rows, rows, mode, (left, right, how) => {
					const run = (type: JoinOptions['type']) => joinOnKeys(left, right, { keys: [{ left: 'k', right: 'k', normalise: how }], type, clash: prefix });
					const inner = run('inner');
					const leftJoin = run('left');
					const full = run('full');
					const text = (origin: Array<{ left?: number; right?: number }>) => new Set(origin.map((o) => `${o.left}:${o.right}`));
					const [i, l, f] = [text(inner.origin), text(leftJoin.origin), text(full.origin)];
					expect([...i].every((pair) => l.has(pair))).toBe(true);
					expect([...l].every((pair) => f.has(pair))).toBe(true);
					expect(leftJoin.records.length).toBeGreaterThanOrEqual(left.length);
					expect(full.records.length).toBe(leftJoin.records.length + right.length - new Set(inner.origin.map((o) => o.right)).size);
					full.records.forEach((record, k) => {
						const { left: li, right: ri } = full.origin[k];
						if (ri === undefined) expect(record).toEqual(left[li!]);
						else if (li === undefined) expect(record).toEqual(right[ri]);
						else expect(record.v ?? record.l_v).toBe(left[li].v);
					});
				}),
			);
		});
	});
});
