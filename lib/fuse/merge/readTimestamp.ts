import { toFiniteNumber } from '../../clean/stats/toFiniteNumber';
import { NAMED_DATE_FORMATS } from '../../convert/namedDateFormats';
import { wallToUtcMs } from '../../convert/wallTime';

/**
 * The instant an updated-at value stands for, as a number that orders like time, or `undefined`
 * when it holds none. A `Date` gives its epoch milliseconds; a number or plain number text is
 * taken as is (epoch milliseconds, or any counter that grows with time, such as a version);
 * ISO 8601 text (`2024-03-15`, `2024-03-15T10:30:00+02:00`) gives its epoch milliseconds, read
 * as UTC when it has no offset, so that the order never depends on the machine's zone. Other
 * text (`15.03.2024`) gives `undefined`: guessing day-first or month-first would order wrongly.
 *
 * @example
 * readTimestamp('2024-03-15T10:00:00Z'); // 1710496800000
 * readTimestamp(new Date(0)); // 0
 * readTimestamp('7'); // 7
 * readTimestamp('15.03.2024'); // undefined
 */
export function readTimestamp(value: unknown): number | undefined {
	if (value instanceof Date) {
		const ms = value.getTime();
		return Number.isNaN(ms) ? undefined : ms;
	}
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const number = toFiniteNumber(value);
	if (!Number.isNaN(number)) return number;
	const read = NAMED_DATE_FORMATS.iso(value.trim());
	if (read === undefined || !read.ok || !('wall' in read.value)) return undefined;
	return wallToUtcMs(read.value.wall) - (read.value.offsetMs ?? 0);
}
