/** Entity resolution on awkward input: it either works sensibly or fails with an error that says why. */
import { BlockingLimitError } from '../block';
import { exactMatch, nameComparison } from '../compare';
import { resolveEntities } from './resolveEntities';

const people = (n: number, extra: (i: number) => object = () => ({})) =>
	Array.from({ length: n }, (_, i) => ({ first: ['Ann', 'Bob', 'Cid', 'Dan'][i % 4], last: `Name${i % 7}`, ...extra(i) }));

describe('resolveEntities on bad input', () => {
	it('treats a blocking field no record has as blocking nothing, and says so per rule', () => {
		const result = resolveEntities([{ source: 's', records: people(20) }], {
			blocking: [{ keys: [{ field: 'postcode' }] }, { keys: [{ field: 'last' }] }],
			comparisons: [nameComparison('first'), nameComparison('last')],
		});
		expect(result.blocking.map((rule) => [rule.rule, rule.candidates])).toEqual([
			['postcode = postcode', 0],
			['last = last', expect.any(Number)],
		]);
		expect(result.pairs.count).toBeGreaterThan(0);
	});

	it('scores an all-null column as no evidence (its null level), not as disagreement', () => {
		const records = people(30, () => ({ phone: null }));
		const result = resolveEntities([{ source: 's', records }], {
			blocking: [{ keys: [{ field: 'last' }] }],
			comparisons: [nameComparison('first'), exactMatch('phone')],
			scoring: { method: 'weighted' },
		});
		const phone = result.comparisons[1];
		for (let k = 0; k < result.pairs.count; k++) expect(result.vectors[k * 2 + 1]).toBe(phone.nullLevel);
		// Only the first names decide: equal ones score 1.
		for (let k = 0; k < result.pairs.count; k++) {
			const same = records[result.pairs.left[k]].first === records[result.pairs.right[k]].first;
			expect(result.probabilities[k]).toBe(same ? 1 : 0);
		}
	});

	it('compares mixed types (numbers and number text, dates as text) without failing', () => {
		const records = [
			{ id: 1, zip: 10115, born: '1990-01-02' },
			{ id: 2, zip: '10115', born: new Date('1990-01-02T00:00:00Z') },
			{ id: 3, zip: true, born: { year: 1990 } },
		];
		const result = resolveEntities([{ source: 's', records }], {
			blocking: [{ keys: [{ field: 'zip' }] }, { keys: [{ field: 'born' }] }],
			comparisons: [exactMatch('zip'), exactMatch('born')],
			scoring: { method: 'weighted' },
			threshold: 0.99,
		});
		expect(result.clusters).toEqual([[0, 1], [2]]);
	});

	it('stops before building pairs when a rule would make more than the limit, naming the rule', () => {
		const run = () =>
			resolveEntities([{ source: 's', records: people(400, () => ({ country: 'DE' })) }], {
				blocking: [{ keys: [{ field: 'last' }] }, { keys: [{ field: 'country' }] }],
				comparisons: [nameComparison('first')],
				maxPairs: 20_000,
			});
		expect(run).toThrow(BlockingLimitError);
		expect(run).toThrow(/"country = country" would make 79,800 candidate pairs, more than the limit of 20,000/);
	});

	it('refuses settings without rules or comparisons, and a threshold outside 0..1', () => {
		const input = [{ source: 's', records: people(3) }];
		expect(() => resolveEntities(input, { blocking: [], comparisons: [nameComparison('first')] })).toThrow('at least one blocking rule');
		expect(() => resolveEntities(input, { blocking: [{ keys: [{ field: 'last' }] }], comparisons: [] })).toThrow('at least one comparison');
		expect(() =>
			resolveEntities(input, { blocking: [{ keys: [{ field: 'last' }] }], comparisons: [nameComparison('first')], threshold: 2 }),
		).toThrow('between 0 and 1');
		expect(() =>
			resolveEntities(input, { blocking: [{ keys: [{ field: 'last' }] }], comparisons: [{ field: 'first', levels: [{ kind: 'jaroWinkler', threshold: 92 }] }] }),
		).toThrow(/Comparison "first", level 1 \(jaroWinkler\)/);
	});

	it('links nothing across an empty source, and de-duplicates nothing in an empty input', () => {
		const result = resolveEntities(
			[
				{ source: 'a', records: people(5) },
				{ source: 'b', records: [] },
			],
			{ blocking: [{ keys: [{ field: 'last' }] }], comparisons: [nameComparison('first')] },
		);
		expect(result.pairs.count).toBe(0);
		expect(result.clusters).toHaveLength(5);
		const empty = resolveEntities([{ source: 'a', records: [] }], { blocking: [{ keys: [{ field: 'last' }] }], comparisons: [nameComparison('first')] });
		expect(empty.clusters).toEqual([]);
	});
});
