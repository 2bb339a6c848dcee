import type { FusionPolicy } from './conflictRule';
import { joinedRowBuilder } from './joinedRowBuilder';

describe('joinedRowBuilder', () => {
	const left = { id: 1, email: 'A@x.io', name: 'Ann', city: '', tags: { a: 1, b: 2 }, spend: 5 };
	const right = { email: 'a@x.io', name: 'Anna', city: 'Rome', tags: { b: 2, a: 1 }, spend: 5, zip: '1', id: 2 };

	it('prefix: keeps both values of every field both rows hold, equal or not, in the left field’s place', () => {
		const join = joinedRowBuilder({ mode: 'prefix', leftPrefix: 'crm_', rightPrefix: 'shop_' }, new Set(['email']));
		const joined = join(left, right, 0, 3);
		expect(joined).toEqual({
			crm_id: 1,
			shop_id: 2,
			email: 'A@x.io',
			crm_name: 'Ann',
			shop_name: 'Anna',
			crm_city: '',
			shop_city: 'Rome',
			crm_tags: { a: 1, b: 2 },
			shop_tags: { a: 1, b: 2 },
			crm_spend: 5,
			shop_spend: 5,
			zip: '1',
		});
		expect(Object.keys(joined)).toEqual([
			'crm_id',
			'shop_id',
			'email',
			'crm_name',
			'shop_name',
			'crm_city',
			'shop_city',
			'crm_tags',
			'shop_tags',
			'crm_spend',
			'shop_spend',
			'zip',
		]);
	});

	it('a key field that is not kept clashes like any other', () => {
		const join = joinedRowBuilder({ mode: 'prefix', leftPrefix: 'l.', rightPrefix: 'r.' }, new Set());
		expect(join({ email: 'A@x.io' }, { email: 'a@x.io' }, 0, 0)).toEqual({ 'l.email': 'A@x.io', 'r.email': 'a@x.io' });
	});

	it('resolve: lets the policy choose with the two sides as sources', () => {
		const policy: FusionPolicy = {
			default: { strategy: 'sourcePriority', order: ['shop', 'crm'] },
			fields: { spend: { strategy: 'sum' }, id: { strategy: 'min' } },
		};
		const join = joinedRowBuilder({ mode: 'resolve', policy, leftSource: 'crm', rightSource: 'shop' }, new Set(['email']));
		expect(join(left, { ...right, spend: '7' }, 0, 3)).toEqual({ id: 1, email: 'A@x.io', name: 'Anna', city: 'Rome', tags: { a: 1, b: 2 }, spend: 12, zip: '1' });
	});

	it('resolve: equal values are not a conflict, so a sum does not double them', () => {
		const join = joinedRowBuilder({ mode: 'resolve', policy: { default: { strategy: 'sum' } }, leftSource: 'l', rightSource: 'r' }, new Set());
		expect(join({ n: 5 }, { n: 5 }, 0, 0)).toEqual({ n: 5 });
		expect(join({ n: 5 }, { n: '5' }, 0, 0)).toEqual({ n: 10 });
	});

	it('keeps __proto__ fields own on both sides', () => {
		const hostileLeft = JSON.parse('{"__proto__": "l", "a": 1}') as Record<string, unknown>;
		const hostileRight = JSON.parse('{"__proto__": "r", "constructor": "c"}') as Record<string, unknown>;
		const joined = joinedRowBuilder({ mode: 'prefix', leftPrefix: '', rightPrefix: 'r_' }, new Set())(hostileLeft, hostileRight, 0, 0);
		expect(Object.getPrototypeOf(joined)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(joined, '__proto__')?.value).toBe('l');
		expect(joined.r___proto__).toBe('r');
		expect(Object.getOwnPropertyDescriptor(joined, 'constructor')?.value).toBe('c');
	});
});
