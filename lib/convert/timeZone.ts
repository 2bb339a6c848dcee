import { failure, succeed, type ConversionResult } from './result';
import { wallToUtcMs } from './wallTime';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building an Intl.DateTimeFormat is far slower than using one. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (formatter === undefined) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			era: 'short',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/**
 * Checks an IANA time zone name and returns its canonical spelling (`'utc'` → `'UTC'`,
 * `'Etc/GMT'` → `'UTC'`, `'europe/berlin'` → `'Europe/Berlin'`).
 *
 * @example
 * resolveTimeZone('Europe/Berlin'); // { ok: true, value: 'Europe/Berlin' }
 * resolveTimeZone('Mars/Base'); // { ok: false, reason: 'unknown time zone "Mars/Base"' }
 */
export function resolveTimeZone(timeZone: string): ConversionResult<string> {
	// Asked once per value converted: `resolvedOptions()` costs microseconds, a Map lookup nothing.
	let resolved = resolvedZones.get(timeZone);
	if (resolved === undefined) {
		try {
			resolved = succeed(formatterFor(timeZone).resolvedOptions().timeZone);
		} catch {
			resolved = failure(`unknown time zone "${timeZone}"`);
		}
		if (resolvedZones.size < 1000) resolvedZones.set(timeZone, resolved);
	}
	return resolved;
}

const resolvedZones = new Map<string, ConversionResult<string>>();

/**
 * How far a zone's clocks are ahead of UTC at an instant, in milliseconds, from the zone rules
 * Intl carries (so daylight saving time and historical changes are right). `timeZone` must be
 * valid (see {@link resolveTimeZone}).
 *
 * @example
 * zoneOffset('Europe/Berlin', Date.parse('2024-07-01T00:00:00Z')); // 7200000
 * zoneOffset('Europe/Berlin', Date.parse('2024-01-01T00:00:00Z')); // 3600000
 */
export function zoneOffset(timeZone: string, epochMs: number): number {
	// UTC never moves: skip the formatter, which costs microseconds per call.
	if (timeZone === 'UTC') return 0;
	const fields: Record<string, string> = {};
	for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) fields[part.type] = part.value;
	const year = Number(fields.year);
	const wallMs = wallToUtcMs({
		// Intl writes years before 1 as "1 BC", "2 BC", …; astronomical years count 0, -1, …
		year: fields.era === 'BC' || fields.era === 'B' ? 1 - year : year,
		month: Number(fields.month),
		day: Number(fields.day),
		hour: Number(fields.hour) % 24,
		minute: Number(fields.minute),
		second: Number(fields.second),
		millisecond: 0,
	});
	// Intl shows whole seconds, so compare with the instant truncated to its second.
	const wholeSecondMs = epochMs - (((epochMs % 1000) + 1000) % 1000);
	return wallMs - wholeSecondMs;
}
