import type { CompiledDatePattern } from './compileDatePattern';
import { DATE_TOKENS, formatOffset } from './dateTokens';
import { zoneOffset } from './timeZone';
import { utcMsToWall } from './wallTime';

/**
 * Writes an instant as clocks in `timeZone` show it: ISO 8601 with milliseconds and offset
 * (`Z` when the zone is UTC itself, `+00:00` for a zone that merely is at UTC, like London in
 * winter), or by a compiled pattern. `timeZone` must be valid and canonical (see `resolveTimeZone`).
 *
 * @example
 * formatInstant(Date.parse('2024-07-01T10:00:00Z'), 'Europe/Berlin', 'iso'); // '2024-07-01T12:00:00.000+02:00'
 * formatInstant(Date.parse('2024-07-01T10:00:00Z'), 'UTC', 'iso'); // '2024-07-01T10:00:00.000Z'
 */
export function formatInstant(epochMs: number, timeZone: string, output: 'iso' | CompiledDatePattern): string {
	const offsetMs = zoneOffset(timeZone, epochMs);
	const wall = utcMsToWall(epochMs + offsetMs);
	if (output === 'iso') {
		const date = (['yyyy', 'MM', 'dd'] as const).map((token) => DATE_TOKENS[token].write(wall, offsetMs)).join('-');
		const time = (['HH', 'mm', 'ss'] as const).map((token) => DATE_TOKENS[token].write(wall, offsetMs)).join(':');
		const offset = timeZone === 'UTC' ? 'Z' : formatOffset(offsetMs);
		return `${date}T${time}.${DATE_TOKENS.SSS.write(wall, offsetMs)}${offset}`;
	}
	return output.parts.map((part) => ('literal' in part ? part.literal : DATE_TOKENS[part.token].write(wall, offsetMs))).join('');
}
