/**
 * Reads a record's timestamp as epoch milliseconds: ISO 8601 text (or anything `Date.parse`
 * reads), or a number / digit string of epoch seconds (below 10^11, i.e. before 5138) or
 * milliseconds. Undefined when it is none of these.
 *
 * @example
 * instantMs('2024-05-01T10:00:00Z'); // 1714557600000
 * instantMs(1714557600); // 1714557600000
 * instantMs('soon'); // undefined
 */
export function instantMs(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? (Math.abs(value) < 1e11 ? value * 1000 : value) : undefined;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	if (/^-?\d+(\.\d+)?$/.test(text)) return instantMs(Number(text));
	const ms = Date.parse(text);
	return Number.isNaN(ms) ? undefined : ms;
}
