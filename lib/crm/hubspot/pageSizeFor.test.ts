import { pageSizeFor } from './pageSizeFor';

describe('pageSizeFor', () => {
	it('defaults to the maximum and clamps to 1…max', () => {
		expect(pageSizeFor(undefined, 100)).toBe(100);
		expect(pageSizeFor(500, 200)).toBe(200);
		expect(pageSizeFor(0, 100)).toBe(1);
		expect(pageSizeFor(12.7, 100)).toBe(12);
		expect(pageSizeFor(NaN, 100)).toBe(100);
	});

	it('asks for no more than remain', () => {
		expect(pageSizeFor(50, 100, 20)).toBe(20);
		expect(pageSizeFor(undefined, 100, 250)).toBe(100);
	});
});
