import { createHash } from 'node:crypto';

/**
 * Names what a run sends, so a checkpoint is only resumed by a run that sends the same: the
 * destination's settings, the batch size (it fixes where batches begin) and each record's
 * idempotency key and content hash, in order. SHA-256, hex.
 *
 * @example
 * runKey('rest:POST:https://x/{{id}}', 100, [{ key: 'k1', hash: 'h1' }]); // '3b0c…'
 */
export function runKey(destinationLabel: string, batchSize: number, items: ReadonlyArray<{ key: string; hash: string }>): string {
	const hash = createHash('sha256');
	hash.update(`${JSON.stringify(destinationLabel)}\n${batchSize}\n`);
	// JSON quoting keeps the parts apart: no key can end inside the next one.
	for (const item of items) hash.update(`${JSON.stringify(item.key)} ${item.hash}\n`);
	return hash.digest('hex');
}
