/**
 * The number of records to ask for in one request: the page size (default `max`) clamped to
 * 1…`max`, and no more than the records still wanted, so a limit is not over-fetched.
 *
 * @example
 * pageSizeFor(undefined, 100, 250); // 100
 * pageSizeFor(50, 100, 20); // 20
 */
export function pageSizeFor(pageSize: number | undefined, max: number, remaining = Infinity): number {
	const size = pageSize === undefined || !Number.isFinite(pageSize) ? max : Math.max(1, Math.min(max, Math.floor(pageSize)));
	return Math.max(1, Math.min(size, remaining));
}
