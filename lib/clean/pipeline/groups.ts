import type { Row } from '../../core/record';

/**
 * Positions 0..n-1 split by the value of `groupBy` (all in one group without it), each group
 * in `orderBy` order when given, else in input order. Missing group values form one group of
 * their own; records with a missing order value come last, in input order.
 *
 * Order values compare as numbers when both are numbers or number text, else as text (ISO 8601
 * dates then sort in time order).
 *
 * @example
 * groupPositions(rows, (r) => r.customer, (r) => r.date); // [[0, 2], [1]]
 */
export function groupPositions(
	records: Row[],
	groupBy?: (row: Row) => unknown,
	orderBy?: (row: Row) => unknown,
): number[][] {
	let groups: number[][];
	if (!groupBy) {
		groups = [Array.from(records, (_, i) => i)];
	} else {
		const byKey = new Map<unknown, number[]>();
		for (let i = 0; i < records.length; i++) {
			const value = groupBy(records[i]);
			// Objects group by their JSON text; 1 and '1' stay apart.
			const key = value !== null && typeof value === 'object' ? `\u0000${JSON.stringify(value)}` : (value ?? null);
			const group = byKey.get(key);
			if (group) group.push(i);
			else byKey.set(key, [i]);
		}
		groups = [...byKey.values()];
	}
	if (orderBy) for (const group of groups) sortByOrder(group, records, orderBy);
	return groups;
}

function sortByOrder(positions: number[], records: Row[], orderBy: (row: Row) => unknown): void {
	const keys = new Map<number, number | string | undefined>();
	for (const i of positions) keys.set(i, orderKey(orderBy(records[i])));
	positions.sort((a, b) => {
		const x = keys.get(a);
		const y = keys.get(b);
		if (x === undefined || y === undefined) return x === y ? a - b : x === undefined ? 1 : -1;
		if (typeof x === 'number' && typeof y === 'number') return x - y || a - b;
		const sx = String(x);
		const sy = String(y);
		return sx < sy ? -1 : sx > sy ? 1 : a - b;
	});
}

function orderKey(value: unknown): number | string | undefined {
	if (value === null || value === undefined || value === '') return undefined;
	if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
	if (value instanceof Date) return value.getTime();
	const text = String(value).trim();
	if (text === '') return undefined;
	const n = Number(text);
	return Number.isFinite(n) ? n : text;
}
