import type { SyncError, SyncItem } from './types';

/** The items of a batch with their destination ids, and the ones that cannot be sent. */
export interface KeyedItems {
	accepted: Array<{ item: SyncItem; id: string }>;
	rejected: Array<{ item: SyncItem; error: SyncError }>;
}

/**
 * Reads each item's destination id (an upsert's external id) and keeps the items that have one
 * and whose id is not already taken by an earlier item of the same batch. CRM batch upserts
 * refuse a whole batch with a repeated id (HubSpot DUPLICATE_IDS) or fail both records
 * (Salesforce DUPLICATE_EXTERNAL_ID), so the later record is turned away alone, with the reason.
 * Ids compare case-insensitively, as both CRMs match emails and external ids.
 *
 * @example
 * keyedItems(items, (record) => record.email, 'the id property "email"');
 * // { accepted: [{ item, id: 'a@b.co' }, …], rejected: [{ item, error: { code: 'MISSING_FIELD', … } }] }
 */
export function keyedItems(items: readonly SyncItem[], idOf: (item: SyncItem) => unknown, what: string): KeyedItems {
	const result: KeyedItems = { accepted: [], rejected: [] };
	const seen = new Set<string>();
	for (const item of items) {
		const value = idOf(item);
		const id = value === undefined || value === null ? '' : String(value).trim();
		if (id === '') {
			result.rejected.push({ item, error: { code: 'MISSING_FIELD', message: `The record has no value for ${what}` } });
			continue;
		}
		const folded = id.toLowerCase();
		if (seen.has(folded)) {
			result.rejected.push({ item, error: { code: 'DUPLICATE_ID', message: `An earlier record of the same batch has the same value for ${what} ("${id}"); send it in a later run` } });
			continue;
		}
		seen.add(folded);
		result.accepted.push({ item, id });
	}
	return result;
}
