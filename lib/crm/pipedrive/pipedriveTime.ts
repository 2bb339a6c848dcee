import { instantMs } from '../rest/instantMs';

/**
 * Reads a Pipedrive timestamp as epoch ms: API v2's RFC 3339 (`2024-05-01T10:00:00Z`) or v1's
 * `2024-05-01 10:00:00`, which is UTC although it has no zone (Date.parse would read it as local
 * time). Undefined when it is neither.
 *
 * @example
 * pipedriveTime('2024-05-01 10:00:00'); // 1714557600000
 * pipedriveTime('2024-05-01T10:00:00Z'); // 1714557600000
 */
export function pipedriveTime(value: unknown): number | undefined {
	if (typeof value === 'string') {
		const v1 = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(\.\d+)?)$/.exec(value.trim());
		if (v1 !== null) return instantMs(`${v1[1]}T${v1[2]}Z`);
	}
	return instantMs(value);
}
