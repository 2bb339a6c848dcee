import type { Row } from '../../core/record';
import { isPlainObject } from '../../restructure/isPlainObject';
import { CrmApiError } from '../http/CrmApiError';
import { instantMs } from '../rest/instantMs';

/**
 * A record's place in the incremental order: its last-modified time in epoch ms (the
 * `lastModified` property the search filters on, else the record's `updatedAt`) and its id.
 *
 * @example
 * recordPosition({ id: '7', properties: { lastmodifieddate: '2024-05-01T10:00:00.000Z' } }, 'lastmodifieddate');
 * // { at: 1714557600000, id: '7' }
 */
export function recordPosition(record: Row, lastModified: string): { at: number; id: string } {
	const id = String(record.id);
	const properties = isPlainObject(record.properties) ? record.properties : {};
	const at = instantMs(properties[lastModified]) ?? instantMs(record.updatedAt);
	if (at === undefined) {
		throw new CrmApiError(`HubSpot record ${id} has no readable ${lastModified} or updatedAt (${JSON.stringify(properties[lastModified] ?? record.updatedAt ?? null)})`, { code: 'UNEXPECTED' });
	}
	return { at, id };
}
