import { zoneOffset } from './timeZone';
import { wallToUtcMs, type WallTime } from './wallTime';

const DAY_MS = 86_400_000;

/**
 * The instant at which clocks in `timeZone` show `wall`, in milliseconds since 1970. Around a
 * daylight saving change a wall time can occur twice or not at all; this resolves both the way
 * Temporal's `'compatible'` mode and most date libraries do:
 * - repeated (clocks go back: 02:30 on 27 Oct 2024 in Berlin): the earlier instant, `+02:00`;
 * - skipped (clocks go forward: 02:30 on 31 Mar 2024 in Berlin): moved forward by the length
 *   of the gap, so it is read as 03:30 `+02:00`.
 * Assumes at most one offset change within a day of the wall time, true of every real zone.
 *
 * @example
 * new Date(wallTimeToInstant({ year: 2024, month: 7, day: 1, hour: 12, minute: 0, second: 0, millisecond: 0 }, 'Europe/Berlin')).toISOString();
 * // '2024-07-01T10:00:00.000Z'
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): number {
	const wallMs = wallToUtcMs(wall);
	const offsetBefore = zoneOffset(timeZone, wallMs - DAY_MS);
	const offsetAfter = zoneOffset(timeZone, wallMs + DAY_MS);
	// An instant is a reading of the wall time if the zone's offset at it is the offset assumed.
	const readings = [...new Set([offsetBefore, offsetAfter])]
		.map((offset) => wallMs - offset)
		.filter((instant) => zoneOffset(timeZone, instant) === wallMs - instant);
	if (readings.length > 0) return Math.min(...readings);
	// In a gap: with the offset from before the change, the instant lands after it, shifted forward.
	return wallMs - offsetBefore;
}
