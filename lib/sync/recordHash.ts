import { createHash } from 'node:crypto';
import type { Row } from '../core/record';
import { stableText } from '../clean/dedupe/stableText';

/**
 * The content hash of a record: SHA-256 (hex) of its stable JSON text, in which object keys are
 * sorted, so two records with the same data hash alike whatever their key order. With `fields`,
 * only those top-level fields count (a missing field and one set to undefined are the same), so
 * fields the destination never sees, like a sync timestamp, do not make a record look changed.
 *
 * @example
 * recordHash({ id: 1, name: 'Ada' }) === recordHash({ name: 'Ada', id: 1 }); // true
 * recordHash({ id: 1, name: 'Ada', seen: 5 }, ['id', 'name']) === recordHash({ id: 1, name: 'Ada' }); // true
 */
export function recordHash(record: Row, fields?: readonly string[]): string {
	let content: Row = record;
	if (fields !== undefined) {
		content = {};
		for (const field of fields) {
			if (Object.hasOwn(record, field)) Object.defineProperty(content, field, { value: record[field], enumerable: true });
		}
	}
	return createHash('sha256').update(stableText(content)).digest('hex');
}
