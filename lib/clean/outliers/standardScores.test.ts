import { standardScores } from './standardScores';

describe('standardScores', () => {
	it('divides the distance from the centre by the spread and keeps NaN', () => {
		expect(Array.from(standardScores([1, NaN, 5], { centre: 3, spread: 2 }))).toEqual([-1, NaN, 1]);
	});

	it('scores every number 0 when the spread is 0', () => {
		expect(Array.from(standardScores([4, NaN, 4], { centre: 4, spread: 0 }))).toEqual([0, NaN, 0]);
	});

	it('scores everything NaN when the spread is unknown', () => {
		expect(Array.from(standardScores([4], { centre: 4, spread: NaN }))).toEqual([NaN]);
	});
});
