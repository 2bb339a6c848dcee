import { compareIds, comparePositions, cursorPosition } from './cursorOrder';

describe('compareIds', () => {
	it('compares digit strings as numbers, also beyond 2^53', () => {
		expect(compareIds('9', '10')).toBeLessThan(0);
		expect(compareIds('9007199254740993', '9007199254740992')).toBeGreaterThan(0);
		expect(compareIds('007', '7')).toBe(0);
	});

	it('compares other ids as strings', () => {
		expect(compareIds('b', 'a')).toBeGreaterThan(0);
		expect(compareIds('a10', 'a9')).toBeLessThan(0);
		expect(compareIds('x', 'x')).toBe(0);
	});
});

describe('comparePositions', () => {
	it('orders by time, then id', () => {
		expect(comparePositions({ at: 1, id: '5' }, { at: 2, id: '1' })).toBeLessThan(0);
		expect(comparePositions({ at: 2, id: '10' }, { at: 2, id: '9' })).toBeGreaterThan(0);
	});
});

describe('cursorPosition', () => {
	it('reads the cursor instant', () => {
		expect(cursorPosition({ updatedAt: '1970-01-01T00:00:01.000Z', id: '3' })).toEqual({ at: 1000, id: '3' });
		expect(() => cursorPosition({ updatedAt: 'yesterday', id: '' })).toThrow(/not an ISO 8601/);
	});
});
