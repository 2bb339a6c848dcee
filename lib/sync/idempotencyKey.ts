import { createHash } from 'node:crypto';
import type { Row } from '../core/record';
import { readPath } from '../restructure/readPath';
import { recordHash } from './recordHash';

/** Stripe's limit; longer keys are refused by services that follow it. */
const MAX_KEY_LENGTH = 255;

/**
 * A record's idempotency key, the same whenever the same change is sent again (a retry, a resumed
 * run), so a service that remembers keys applies it once.
 *
 * - `'hash'`: the record's content hash (see `recordHash`). With `previousHash` (the hash stored
 *   by the last sync) the key is the hash of the change from that content to this one instead,
 *   so a record edited back to an earlier content (A → B → A) is not mistaken for a replay of the
 *   first A by a service that still remembers that key. `contentHash` is the record's
 *   `recordHash` when the caller has it already (`syncRecords` does, for change detection):
 *   hashing is most of the work before a run's first request, so it is done once.
 * - `'field'`: the value of `field` (a path such as `meta.eventId`), as text; use a field that
 *   changes with every change (an event id, a version), for the same reason. Values longer than
 *   255 characters become their SHA-256. Returns undefined when the field is missing or empty.
 *
 * @example
 * idempotencyKey({ id: 7, name: 'Ada' }, 'hash'); // '5f1c…' (64 hex digits, = recordHash)
 * idempotencyKey(record, 'hash', undefined, stored, recordHash(record)); // the hash computed once, for both uses
 * idempotencyKey({ id: 7, eventId: 'ev_1' }, 'field', 'eventId'); // 'ev_1'
 * idempotencyKey({ id: 7 }, 'field', 'eventId'); // undefined
 */
export function idempotencyKey(record: Row, mode: 'hash' | 'field', field?: string, previousHash?: string, contentHash?: string): string | undefined {
	if (mode === 'hash') {
		const hash = contentHash ?? recordHash(record);
		return previousHash === undefined ? hash : sha256(`${previousHash}>${hash}`);
	}
	if (field === undefined || field === '') throw new RangeError("Idempotency mode 'field' needs the name of the field that holds the key");
	const found = readPath(record, field);
	if (!found.found || found.value === null || found.value === undefined) return undefined;
	const value = typeof found.value === 'object' ? JSON.stringify(found.value) : String(found.value);
	if (value.trim() === '') return undefined;
	return value.length > MAX_KEY_LENGTH ? sha256(value) : value;
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}
