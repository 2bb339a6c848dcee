import { startingM } from './startingM';

describe('startingM', () => {
	it('gives the first non-null level 0.95 and splits 0.05 over the rest (Splink _default_m_values)', () => {
		const m = startingM(4, 0, Float64Array.from([0.1, 0.01, 0.04, 0.95]));
		expect(Array.from(m)).toEqual([0.1, 0.95, 0.025, 0.025]);
		expect(Array.from(startingM(2, -1, new Float64Array(2)))).toEqual([0.95, 0.05]);
	});

	it('gives a lone non-null level all of m', () => {
		expect(Array.from(startingM(2, 0, Float64Array.from([0.3, 1])))).toEqual([0.3, 1]);
	});
});
