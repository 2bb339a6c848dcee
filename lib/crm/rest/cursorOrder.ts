import type { ChangeCursor } from '../types';

/**
 * Orders two record ids the way the cursor does: numerically when both are digit strings (so
 * `'9' < '10'`), otherwise as strings by code unit.
 *
 * @example
 * compareIds('9', '10'); // negative
 * compareIds('b', 'a'); // positive
 */
export function compareIds(a: string, b: string): number {
	if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
		// BigInt, because ids can be longer than a double holds exactly.
		const difference = BigInt(a) - BigInt(b);
		return difference === 0n ? 0 : difference < 0n ? -1 : 1;
	}
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders two (updatedAt in epoch ms, id) positions; the incremental read sorts by it and a
 * record is "after" the cursor when it compares greater.
 *
 * @example
 * comparePositions({ at: 1000, id: '2' }, { at: 1000, id: '10' }); // negative
 */
export function comparePositions(a: { at: number; id: string }, b: { at: number; id: string }): number {
	return a.at === b.at ? compareIds(a.id, b.id) : a.at < b.at ? -1 : 1;
}

/** The cursor's position in epoch ms (its `updatedAt` must be an ISO 8601 instant). */
export function cursorPosition(cursor: ChangeCursor): { at: number; id: string } {
	const at = Date.parse(cursor.updatedAt);
	if (Number.isNaN(at)) throw new RangeError(`The cursor's updatedAt "${cursor.updatedAt}" is not an ISO 8601 date-time`);
	return { at, id: cursor.id };
}
