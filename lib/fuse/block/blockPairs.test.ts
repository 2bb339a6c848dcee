import fc from 'fast-check';
import type { Row } from '../../core/record';
import type { BlockingRule } from './blockingRule';
import { BlockingLimitError } from './blockingLimitError';
import { blockingKeyText } from './blockingKeyText';
import { blockPairs } from './blockPairs';
import type { PairList } from './pairList';

const list = (pairs: PairList): Array<[number, number]> => Array.from(pairs.left, (left, k) => [left, pairs.right[k]]);

describe('blockPairs', () => {
	const people: Row[] = [
		{ given: 'Ann', surname: 'Lee', dob: '1990', city: 'Oslo' },
		{ given: 'ann', surname: 'Lee', dob: '1991', city: 'Oslo' },
		{ given: 'Lee', surname: 'Ann', dob: '1990', city: null },
		{ given: 'Bo', surname: '', dob: null, city: '  ' },
		{ given: 'Bo', surname: null, dob: 1991, city: 'Rome' },
	];
	const one = new Int32Array(people.length);

	it('de-duplicating: all pairs within a block, left < right, sorted, counted per rule', () => {
		const result = blockPairs(people, one, [{ keys: [{ field: 'dob' }] }, { keys: [{ field: 'given', transform: 'lower' }] }], { link: false });
		// dob: 1990 → {0, 2}; 1991 (text and number alike) → {1, 4}. lower(given): ann → {0, 1}, bo → {3, 4}.
		expect(list(result.pairs)).toEqual([
			[0, 1],
			[0, 2],
			[1, 4],
			[3, 4],
		]);
		expect(result.pairs.count).toBe(4);
		expect(result.perRule).toEqual([
			{ rule: 'dob = dob', candidates: 2, new: 2 },
			{ rule: 'lower-case given', candidates: 2, new: 2 },
		]);
	});

	it('counts pairs an earlier rule already made as candidates but not as new', () => {
		const result = blockPairs(
			people,
			one,
			[{ keys: [{ field: 'city' }] }, { keys: [{ field: 'surname' }] }, { keys: [{ field: 'surname' }, { field: 'city' }] }],
			{ link: false },
		);
		expect(list(result.pairs)).toEqual([[0, 1]]);
		expect(result.perRule.map((r) => [r.candidates, r.new])).toEqual([
			[1, 1],
			[1, 0],
			[1, 0],
		]);
	});

	it('leaves records with a missing key out of that rule (null, empty, whitespace)', () => {
		// surname '' and null, city '  ' and null would otherwise pair records 2, 3, 4.
		const result = blockPairs(people, one, [{ keys: [{ field: 'surname' }] }, { keys: [{ field: 'city' }] }], { link: false });
		expect(list(result.pairs)).toEqual([[0, 1]]);
	});

	it('finds swapped names with a cross-field rule, both ways round when de-duplicating', () => {
		const swap: BlockingRule = {
			name: 'name swap',
			keys: [
				{ field: 'given', otherField: 'surname' },
				{ field: 'surname', otherField: 'given' },
			],
		};
		const result = blockPairs(people, one, [swap], { link: false });
		expect(list(result.pairs)).toEqual([[0, 2]]);
		expect(result.perRule).toEqual([{ rule: 'name swap', candidates: 1, new: 1 }]);
		// The same pair with the records in the other order.
		const reversed = [people[2], people[1], people[0]];
		expect(list(blockPairs(reversed, new Int32Array(3), [swap], { link: false }).pairs)).toEqual([[0, 2]]);
	});

	it('makes a pair that agrees both ways round once', () => {
		const twins: Row[] = [
			{ a: 'x', b: 'x' },
			{ a: 'x', b: 'x' },
		];
		const rule = { keys: [{ field: 'a', otherField: 'b' }] };
		const result = blockPairs(twins, new Int32Array(2), [rule], { link: false });
		expect(list(result.pairs)).toEqual([[0, 1]]);
		expect(result.perRule[0]).toEqual({ rule: 'a = b', candidates: 1, new: 1 });
	});

	it('linking: only pairs across sources; a cross-field rule reads the lower source as the left record', () => {
		const records: Row[] = [
			{ name: 'ann', alias: 'x' }, // source 1
			{ name: 'ann', alias: 'ann' }, // source 0
			{ name: 'ann', alias: 'y' }, // source 0
			{ name: 'bo', alias: 'ann' }, // source 1
		];
		const sources = Int32Array.of(1, 0, 0, 1);
		const byName = blockPairs(records, sources, [{ keys: [{ field: 'name' }] }], { link: true });
		expect(list(byName.pairs)).toEqual([
			[0, 1],
			[0, 2],
		]);
		expect(byName.perRule[0].candidates).toBe(2);
		// Left (source 0) name = right (source 1) alias: 1 and 2 (source 0, name ann) with 3 (alias ann).
		const cross = blockPairs(records, sources, [{ keys: [{ field: 'name', otherField: 'alias' }] }], { link: true });
		expect(list(cross.pairs)).toEqual([
			[1, 3],
			[2, 3],
		]);
		// De-duplicating, both ways and within a source: every name ann (0, 1, 2) with every alias ann (1, 3).
		const dedupe = blockPairs(records, sources, [{ keys: [{ field: 'name', otherField: 'alias' }] }], { link: false });
		expect(list(dedupe.pairs)).toEqual([
			[0, 1],
			[0, 3],
			[1, 2],
			[1, 3],
			[2, 3],
		]);
	});

	it('reports 0 for a rule whose field no record has, and handles no records at all', () => {
		const result = blockPairs(people, one, [{ keys: [{ field: 'phone', transform: 'digits' }] }], { link: false });
		expect(result.pairs.count).toBe(0);
		expect(result.perRule).toEqual([{ rule: 'digits of phone', candidates: 0, new: 0 }]);
		expect(blockPairs([], new Int32Array(0), [{ keys: [{ field: 'a' }] }], { link: true }).pairs.count).toBe(0);
		expect(blockPairs(people, one, [], { link: false })).toEqual({ pairs: { left: new Uint32Array(0), right: new Uint32Array(0), count: 0 }, perRule: [] });
	});

	it('throws a BlockingLimitError before building a rule with too many pairs', () => {
		const many: Row[] = Array.from({ length: 1000 }, (_, i) => ({ initial: 's', id: String(i) }));
		const sources = new Int32Array(1000).fill(1, 500);
		const rules = [{ keys: [{ field: 'id' }] }, { keys: [{ field: 'initial', transform: 'firstN' as const, n: 1 }] }];
		let error: unknown;
		try {
			blockPairs(many, sources, rules, { link: true, maxPairs: 100_000 });
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(BlockingLimitError);
		expect((error as BlockingLimitError).message).toBe(
			'The blocking rule "first 1 of initial" would make 250,000 candidate pairs, more than the limit of 100,000: make it stricter (more fields, more characters) or raise the limit',
		);
		expect((error as BlockingLimitError).pairs).toBe(250_000);
		// De-duplicating, the same block makes 1000 · 999 / 2 pairs.
		expect(() => blockPairs(many, sources, rules, { link: false, maxPairs: 499_499 })).toThrow('would make 499,500 candidate pairs');
		expect(blockPairs(many, sources, rules, { link: false, maxPairs: 499_500 }).pairs.count).toBe(499_500);
		// The default limit is 5,000,000.
		expect(blockPairs(many, sources, rules, { link: true }).pairs.count).toBe(250_000);
	});

	it('rejects bad rules and options with messages naming the rule', () => {
		expect(() => blockPairs(people, one, [{ keys: [{ field: 'given' }] }, { keys: [] }], { link: false })).toThrow('Blocking rule 2 has no keys');
		expect(() => blockPairs(people, one, [{ keys: [{ field: 'given', transform: 'firstN' }] }], { link: false })).toThrow(
			'Blocking rule 1 ("first undefined of given"), key 1 uses firstN without a whole number n of at least 1',
		);
		expect(() => blockPairs(people, one, [{ keys: [{ field: 'given', transform: 'nysiis' as never }] }], { link: false })).toThrow('unknown transform "nysiis"');
		expect(() => blockPairs(people, one, [{ keys: [{} as never] }], { link: false })).toThrow('Blocking rule 1, key 1 has no field');
		expect(() => blockPairs(people, new Int32Array(2), [], { link: false })).toThrow('sources has 2 entries for 5 records');
		expect(() => blockPairs(people, Int32Array.of(0, 0, -1, 1, 1), [{ keys: [{ field: 'given' }] }], { link: true })).toThrow('sources[2] is -1');
		expect(() => blockPairs(people, one, [], { link: false, maxPairs: -1 })).toThrow('maxPairs must be a number of at least 0');
	});

	describe('agrees with comparing every pair against every rule', () => {
		const values = fc.constantFrom<unknown>(null, '', ' ', 'x', 'X', ' x ', 'xy', 'y', 1, '1', 'Rob', 'rupert', '12-3');
		const record = fc.record({ a: values, b: values, c: values });
		const key = fc.record(
			{
				field: fc.constantFrom('a', 'b', 'c', 'missing'),
				otherField: fc.constantFrom('a', 'b', 'c'),
				transform: fc.constantFrom('exact', 'lower', 'firstN', 'soundex', 'fingerprint', 'digits'),
				n: fc.integer({ min: 1, max: 2 }),
			},
			{ requiredKeys: ['field', 'transform', 'n'] },
		);
		const rules = fc.array(fc.record({ keys: fc.array(key, { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 4 });

		const text = (row: Row, field: string, k: BlockingRule['keys'][number]) =>
			blockingKeyText(Object.prototype.hasOwnProperty.call(row, field) ? row[field] : undefined, k.transform, k.n);
		const agree = (rule: BlockingRule, left: Row, right: Row) =>
			rule.keys.every((k) => {
				const l = text(left, k.field, k);
				return l !== undefined && l === text(right, k.otherField ?? k.field, k);
			});

		it.each([false, true])('link %s', (link) => {
			fc.assert(
				fc.property(fc.array(record, { maxLength: 14 }), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 14, maxLength: 14 }), rules, (rows, sourceList, ruleList) => {
					const sources = Int32Array.from(sourceList.slice(0, rows.length));
					const matches = (rule: BlockingRule, i: number, j: number) => {
						if (!link) return agree(rule, rows[i], rows[j]) || agree(rule, rows[j], rows[i]);
						if (sources[i] === sources[j]) return false;
						return sources[i] < sources[j] ? agree(rule, rows[i], rows[j]) : agree(rule, rows[j], rows[i]);
					};
					const expectedPairs: Array<[number, number]> = [];
					const counts = ruleList.map(() => ({ candidates: 0, new: 0 }));
					for (let i = 0; i < rows.length; i++) {
						for (let j = i + 1; j < rows.length; j++) {
							let earlier = false;
							ruleList.forEach((rule, r) => {
								if (!matches(rule, i, j)) return;
								counts[r].candidates++;
								if (!earlier) counts[r].new++;
								earlier = true;
							});
							if (earlier) expectedPairs.push([i, j]);
						}
					}
					const result = blockPairs(rows, sources, ruleList, { link });
					expect(list(result.pairs)).toEqual(expectedPairs);
					expect(result.perRule.map(({ candidates, new: fresh }) => ({ candidates, new: fresh }))).toEqual(counts);
				}),
				{ numRuns: 300 },
			);
		});
	});
});
