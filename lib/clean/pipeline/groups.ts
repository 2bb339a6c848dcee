/**
 * Positions 0..n-1 split by the group column's value (all in one group without it), each group
 * in the order column's order when given, else in input order. Missing group values form one
 * group of their own; records with a missing order value come last, in input order.
 *
 * Order values compare as numbers when both are numbers or number text, else as text (ISO 8601
 * dates then sort in time order).
 *
 * @example
 * groupPositions(3, ['a', 'b', 'a'], [2, 1, 1]); // [[2, 0], [1]]
 */
export function groupPositions(n: number, groupBy?: readonly unknown[], orderBy?: readonly unknown[]): number[][] {
	let groups: number[][];
	if (!groupBy) {
		// A plain loop: Array.from with a mapping function is several times slower at a million.
		const all = new Array<number>(n);
		for (let i = 0; i < n; i++) all[i] = i;
		groups = [all];
	} else {
		const byKey = new Map<unknown, number[]>();
		for (let i = 0; i < n; i++) {
			const value = groupBy[i];
			// Objects group by their JSON text; 1 and '1' stay apart.
			const key = value !== null && typeof value === 'object' ? `\u0000${JSON.stringify(value)}` : (value ?? null);
			const group = byKey.get(key);
			if (group) group.push(i);
			else byKey.set(key, [i]);
		}
		groups = [...byKey.values()];
	}
	if (orderBy) for (const group of groups) sortByOrder(group, orderBy);
	return groups;
}

function sortByOrder(positions: number[], orderBy: readonly unknown[]): void {
	const keys = new Map<number, number | string | undefined>();
	for (const i of positions) keys.set(i, orderKey(orderBy[i]));
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
