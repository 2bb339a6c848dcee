/** Object type names and ids HubSpot accepts for contacts. */
const CONTACTS = new Set(['contacts', 'contact', '0-1']);

/**
 * The property holding an object's last-modified time, the one incremental reads filter and sort
 * on: contacts have `lastmodifieddate` (no `hs_` prefix), every other object `hs_lastmodifieddate`.
 *
 * @example
 * lastModifiedProperty('contacts'); // 'lastmodifieddate'
 * lastModifiedProperty('deals'); // 'hs_lastmodifieddate'
 */
export function lastModifiedProperty(objectType: string): string {
	return CONTACTS.has(objectType.trim().toLowerCase()) ? 'lastmodifieddate' : 'hs_lastmodifieddate';
}
