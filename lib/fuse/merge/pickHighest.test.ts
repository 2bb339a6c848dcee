import fc from 'fast-check';
import { pickHighest } from './pickHighest';

describe('pickHighest', () => {
	it('takes the highest-scored value that is not missing', () => {
		expect(pickHighest(['a', 'b', null], [1, 3, 9])).toEqual({ value: 'b', from: [1] });
		expect(pickHighest(['a', '  ', 'c'], [1, 9, -5])).toEqual({ value: 'a', from: [0] });
	});

	it('gives ties to the earlier member', () => {
		expect(pickHighest(['a', 'b', 'c'], [2, 5, 5])).toEqual({ value: 'b', from: [1] });
	});

	it('lets unscored members lose to scored ones, and win only when none is scored', () => {
		expect(pickHighest(['a', 'b'], [undefined, -1e9])).toEqual({ value: 'b', from: [1] });
		expect(pickHighest(['a', 'b'], [undefined, undefined])).toEqual({ value: 'a', from: [0] });
	});

	it('is undefined when every value is missing', () => {
		expect(pickHighest([null, undefined, ''], [1, 2, 3])).toBeUndefined();
		expect(pickHighest([], [])).toBeUndefined();
	});

	it('picks a value whose score no other present value beats', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom('x', null, 'y'), fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }))), (entries) => {
				const values = entries.map(([value]) => value);
				const scores = entries.map(([, score]) => score);
				const picked = pickHighest(values, scores);
				const present = entries.flatMap(([value, score], position) => (value === null ? [] : [{ position, score }]));
				if (present.length === 0) return picked === undefined;
				const [winner] = picked!.from;
				const scored = present.filter((entry) => entry.score !== undefined);
				const best = scored.length === 0 ? present[0] : scored.reduce((a, b) => ((b.score as number) > (a.score as number) ? b : a));
				return winner === best.position && picked!.value === values[winner];
			}),
		);
	});
});
