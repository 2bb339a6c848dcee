import fc from 'fast-check';
import type { Row } from '../../core/record';
import { dedupeRecords, type DedupeKeep } from './dedupeRecords';

const isMissing = (value: unknown): boolean => value === null || value === undefined || value === '';
const byEmail = (record: Row): string | undefined => (typeof record.email === 'string' ? record.email : undefined);

describe('dedupeRecords', () => {
	const records: Row[] = [
		{ id: 0, email: 'a@x.io' },
		{ id: 1, email: 'b@x.io', phone: '1' },
		{ id: 2, email: 'a@x.io', phone: '2', city: '' },
		{ id: 3 },
		{ id: 4, email: 'a@x.io', phone: '4' },
		{ id: 5, email: 'b@x.io' },
		{ id: 6 },
	];

	it.each<[DedupeKeep, number[], number[]]>([
		['first', [0, 1, 3, 6], [0, 1, 0, 3, 0, 1, 6]],
		['last', [3, 4, 5, 6], [4, 5, 4, 3, 4, 5, 6]],
		// 2 and 4 both have three filled fields (city '' is missing): the earlier wins.
		['mostComplete', [1, 2, 3, 6], [2, 1, 2, 3, 2, 1, 6]],
	])('keep %s', (keep, kept, duplicateOf) => {
		const result = dedupeRecords(records, { key: byEmail, keep, isMissing });
		expect(result.kept).toEqual(kept);
		expect(Array.from(result.duplicateOf)).toEqual(duplicateOf);
		expect(result.duplicateOf).toBeInstanceOf(Int32Array);
	});

	it('counts a nested object or list as one field', () => {
		const nested: Row[] = [
			{ k: 'x', address: { street: 'A', city: 'B', zip: 'C' } },
			{ k: 'x', a: 1, b: 2 },
		];
		expect(dedupeRecords(nested, { key: (r) => String(r.k), keep: 'mostComplete', isMissing }).kept).toEqual([1]);
	});

	it('passes the index to the key function', () => {
		const seen: number[] = [];
		dedupeRecords([{}, {}, {}], { key: (_record, index) => (seen.push(index), 'same'), keep: 'first', isMissing });
		expect(seen).toEqual([0, 1, 2]);
	});

	it('handles no records', () => {
		const result = dedupeRecords([], { key: () => 'k', keep: 'first', isMissing });
		expect(result.kept).toEqual([]);
		expect(result.duplicateOf.length).toBe(0);
	});

	it('rejects an unknown keep', () => {
		expect(() => dedupeRecords([], { key: () => 'k', keep: 'best' as DedupeKeep, isMissing })).toThrow(RangeError);
	});

	it('keeps exactly one record per key, pointing every record at the kept one of its key', () => {
		const row = fc.record({ k: fc.option(fc.constantFrom('a', 'b', 'c')), x: fc.option(fc.integer()), y: fc.option(fc.string()) }, { requiredKeys: [] });
		fc.assert(
			fc.property(fc.array(row as fc.Arbitrary<Row>), fc.constantFrom<DedupeKeep>('first', 'last', 'mostComplete'), (rows, keep) => {
				const key = (r: Row) => (typeof r.k === 'string' ? r.k : undefined);
				const { kept, duplicateOf } = dedupeRecords(rows, { key, keep, isMissing });
				expect([...kept].sort((a, b) => a - b)).toEqual(kept);
				const keptKeys = kept.map((i) => key(rows[i])).filter((k) => k !== undefined);
				expect(new Set(keptKeys).size).toBe(keptKeys.length);
				rows.forEach((r, i) => {
					const keeper = duplicateOf[i];
					expect(kept).toContain(keeper);
					if (key(r) === undefined) expect(keeper).toBe(i);
					else expect(key(rows[keeper])).toBe(key(r));
					if (keep === 'first') expect(keeper).toBeLessThanOrEqual(i);
					if (keep === 'last') expect(keeper).toBeGreaterThanOrEqual(i);
				});
			}),
		);
	});
});
