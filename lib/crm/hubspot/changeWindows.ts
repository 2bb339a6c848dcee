import type { SearchFilter } from './searchFilter';

/** A search request's filters: the groups are ORed, the filters of a group ANDed. */
export type FilterGroups = Array<{ filters: SearchFilter[] }>;

/**
 * The filters of "records after (at, id) and modified at or before `upperMs`": modified at
 * `at` with `hs_object_id > id`, or modified after `at`. An empty id means before every record
 * modified at `at`; no position means from the beginning. Times are epoch-ms strings.
 *
 * @example
 * afterPosition('lastmodifieddate', { at: 1000, id: '42' }, 5000);
 * // [{ filters: [lastmodifieddate EQ 1000, hs_object_id GT 42] },
 * //  { filters: [lastmodifieddate GT 1000, lastmodifieddate LTE 5000] }]
 */
export function afterPosition(lastModified: string, position: { at: number; id: string } | undefined, upperMs: number): FilterGroups {
	const upper: SearchFilter = { propertyName: lastModified, operator: 'LTE', value: String(upperMs) };
	if (position === undefined) return [{ filters: [upper] }];
	if (position.id === '') return [{ filters: [{ propertyName: lastModified, operator: 'GTE', value: String(position.at) }, upper] }];
	return [
		{ filters: atTime(lastModified, position.at, position.id) },
		{ filters: [{ propertyName: lastModified, operator: 'GT', value: String(position.at) }, upper] },
	];
}

/**
 * The filters of "records modified exactly at `at` with `hs_object_id > afterId`" (all of them
 * when `afterId` is empty): one id-ordered window of a single modification time.
 *
 * @example
 * atTime('hs_lastmodifieddate', 1000, '42'); // [hs_lastmodifieddate EQ 1000, hs_object_id GT 42]
 */
export function atTime(lastModified: string, at: number, afterId: string): SearchFilter[] {
	const filters: SearchFilter[] = [{ propertyName: lastModified, operator: 'EQ', value: String(at) }];
	if (afterId !== '') filters.push({ propertyName: 'hs_object_id', operator: 'GT', value: afterId });
	return filters;
}
