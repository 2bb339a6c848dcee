import fc from 'fast-check';
import { voteValue } from './voteValue';

describe('voteValue', () => {
	it('takes the most frequent value and names every member holding it', () => {
		expect(voteValue(['a', 'b', 'b', null])).toEqual({ value: 'b', from: [1, 2] });
	});

	it('gives a tie to the value seen first', () => {
		expect(voteValue(['b', 'a', 'a', null, 'b'])).toEqual({ value: 'b', from: [0, 4] });
		expect(voteValue(['x', 'y'])).toEqual({ value: 'x', from: [0] });
	});

	it('compares values as data: types count, object key order does not', () => {
		expect(voteValue([1, '1', 1])).toEqual({ value: 1, from: [0, 2] });
		expect(voteValue([{ a: 1, b: 2 }, 'z', { b: 2, a: 1 }])).toEqual({ value: { a: 1, b: 2 }, from: [0, 2] });
	});

	it('ignores missing values, however many', () => {
		expect(voteValue(['', '', ' ', 'a'])).toEqual({ value: 'a', from: [3] });
		expect(voteValue([null, ''])).toBeUndefined();
	});

	it('wins with a count no other value reaches', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('a', 'b', 'c', null)), (values) => {
				const picked = voteValue(values);
				const counts = new Map<string, number>();
				for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
				if (counts.size === 0) return picked === undefined;
				const top = Math.max(...counts.values());
				return picked!.from.length === top && counts.get(picked!.value as string) === top && picked!.from.every((p) => values[p] === picked!.value);
			}),
		);
	});
});
